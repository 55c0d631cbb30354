"""What the incident screens share — the queue, the detail, the map, the command workspace and the
conflict views: label tables (`labels`), the data's names in the desk's language (`names`), the status
colours (`colors`), the issuing of life-cycle actions with their pending marks (`commands`), the
dialogs that ask for an action's details (`dialogs`, `photos`).

It depends on no other screen package, so that the screens stay independent of each other (the import
contracts check it)."""
