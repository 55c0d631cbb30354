-- Officers sort queues by title too; without an index that sort read every open row.
CREATE INDEX incident_title ON incident (title);
