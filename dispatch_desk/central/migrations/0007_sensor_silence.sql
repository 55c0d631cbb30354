-- A sensor gone silent (central/vitals.py `sweep_silent`): the device alert its indicator's monitor
-- has open, cleared by the sensor's next reading.
ALTER TABLE vital_monitors ADD COLUMN device_alert TEXT;
