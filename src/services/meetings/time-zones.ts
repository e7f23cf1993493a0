/** The US time zones the meeting form offers, with their catalog key (`meetings.timeZones.<id>`). */
export const MEETING_TIME_ZONES = [
  ['America/New_York', 'eastern'],
  ['America/Chicago', 'central'],
  ['America/Denver', 'mountain'],
  ['America/Phoenix', 'arizona'],
  ['America/Los_Angeles', 'pacific'],
  ['America/Anchorage', 'alaska'],
  ['Pacific/Honolulu', 'hawaii'],
  ['America/Puerto_Rico', 'atlantic'],
] as const

/** The catalog key naming a zone; other zones use `meetings.timeZones.other` with `{{zone}}`. */
export function timeZoneLabelKey(zone: string): string {
  const found = MEETING_TIME_ZONES.find(([id]) => id === zone)
  return `meetings.timeZones.${found ? found[1] : 'other'}`
}
