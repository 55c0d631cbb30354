"""The SSE parser follows the WHATWG event-stream rules the central service relies on."""

from dispatch_desk.sync.stream import Event, parse_events


def events(text: str) -> list[Event | None]:
    return list(parse_events(text.split("\n")))


def test_each_event_ends_at_a_blank_line_and_carries_its_id_as_seq():
    got = [e for e in events('id: 7\nevent: changes\ndata: {"seq": 7}\n\nid: 8\ndata: 8\n\n') if e]
    assert [(e.id, e.event, e.seq) for e in got] == [("7", "changes", 7), ("8", "message", 8)]


def test_comments_are_keepalives_and_not_events():
    assert events(": ping\n\n") == [None]


def test_multi_line_data_is_joined_and_seq_falls_back_to_the_data():
    (event,) = [e for e in events('data: {"seq":\ndata:  12}\n\n') if e]
    assert event.data == '{"seq":\n 12}'
    assert event.id is None and event.seq == 12


def test_an_unterminated_event_is_not_delivered():
    assert [e for e in events("id: 3\ndata: 3") if e] == []
