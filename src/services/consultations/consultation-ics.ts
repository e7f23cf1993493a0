import { createEvent } from 'ics'

export interface ConsultationInvite {
  readonly id: string
  readonly startAt: string
  readonly endAt: string
  readonly sequence: number
  readonly title: string
  readonly description: string
  readonly advocate: { readonly name: string; readonly email: string }
  readonly family: { readonly name: string; readonly email: string }
  readonly cancelled: boolean
}

/**
 * An iCalendar invitation for a consultation: METHOD:REQUEST (CANCEL once cancelled), a UID that
 * never changes, and a SEQUENCE raised on every change, so calendars replace the earlier version.
 */
export function consultationIcs(invite: ConsultationInvite): string {
  const { error, value } = createEvent({
    productId: 'pathway/consultations',
    method: invite.cancelled ? 'CANCEL' : 'REQUEST',
    uid: `${invite.id}@pathway`,
    sequence: invite.sequence,
    start: Date.parse(invite.startAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(invite.endAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: invite.title,
    description: invite.description,
    status: invite.cancelled ? 'CANCELLED' : 'CONFIRMED',
    organizer: { name: invite.advocate.name, email: invite.advocate.email },
    attendees: [
      { name: invite.family.name, email: invite.family.email, rsvp: true, role: 'REQ-PARTICIPANT' },
    ],
  })
  if (error || !value) throw new Error('Could not write the consultation invitation', { cause: error })
  return value
}
