// The catalogs, one file per feature and language. Add a feature: add both files and a line in each list.

import { accounts as en_accounts } from './en/accounts.ts'
import { advocates as en_advocates } from './en/advocates.ts'
import { booking as en_booking } from './en/booking.ts'
import { children as en_children } from './en/children.ts'
import { common as en_common } from './en/common.ts'
import { communications as en_communications } from './en/communications.ts'
import { deadlines as en_deadlines } from './en/deadlines.ts'
import { disputes as en_disputes } from './en/disputes.ts'
import { documents as en_documents } from './en/documents.ts'
import { errors as en_errors } from './en/errors.ts'
import { eventTypes as en_eventTypes } from './en/event-types.ts'
import { events as en_events } from './en/events.ts'
import { glossary as en_glossary } from './en/glossary.ts'
import { goals as en_goals } from './en/goals.ts'
import { guides as en_guides } from './en/guides.ts'
import { home as en_home } from './en/home.ts'
import { imports as en_imports } from './en/imports.ts'
import { letters as en_letters } from './en/letters.ts'
import { mailbox as en_mailbox } from './en/mailbox.ts'
import { meetings as en_meetings } from './en/meetings.ts'
import { plans as en_plans } from './en/plans.ts'
import { privacy as en_privacy } from './en/privacy.ts'
import { progress as en_progress } from './en/progress.ts'
import { screener as en_screener } from './en/screener.ts'
import { screenerPages as en_screenerPages } from './en/screener-pages.ts'
import { services as en_services } from './en/services.ts'
import { sharing as en_sharing } from './en/sharing.ts'
import { accounts as es_accounts } from './es/accounts.ts'
import { advocates as es_advocates } from './es/advocates.ts'
import { booking as es_booking } from './es/booking.ts'
import { children as es_children } from './es/children.ts'
import { common as es_common } from './es/common.ts'
import { communications as es_communications } from './es/communications.ts'
import { deadlines as es_deadlines } from './es/deadlines.ts'
import { disputes as es_disputes } from './es/disputes.ts'
import { documents as es_documents } from './es/documents.ts'
import { errors as es_errors } from './es/errors.ts'
import { eventTypes as es_eventTypes } from './es/event-types.ts'
import { events as es_events } from './es/events.ts'
import { glossary as es_glossary } from './es/glossary.ts'
import { goals as es_goals } from './es/goals.ts'
import { guides as es_guides } from './es/guides.ts'
import { home as es_home } from './es/home.ts'
import { imports as es_imports } from './es/imports.ts'
import { letters as es_letters } from './es/letters.ts'
import { mailbox as es_mailbox } from './es/mailbox.ts'
import { meetings as es_meetings } from './es/meetings.ts'
import { plans as es_plans } from './es/plans.ts'
import { privacy as es_privacy } from './es/privacy.ts'
import { progress as es_progress } from './es/progress.ts'
import { screener as es_screener } from './es/screener.ts'
import { screenerPages as es_screenerPages } from './es/screener-pages.ts'
import { services as es_services } from './es/services.ts'
import { sharing as es_sharing } from './es/sharing.ts'

export const en = {
  common: en_common,
  errors: en_errors,
  accounts: en_accounts,
  children: en_children,
  events: en_events,
  eventTypes: en_eventTypes,
  home: en_home,
  mailbox: en_mailbox,
  deadlines: en_deadlines,
  screener: en_screener,
  screenerPages: en_screenerPages,
  guides: en_guides,
  glossary: en_glossary,
  plans: en_plans,
  goals: en_goals,
  progress: en_progress,
  services: en_services,
  documents: en_documents,
  communications: en_communications,
  letters: en_letters,
  meetings: en_meetings,
  disputes: en_disputes,
  sharing: en_sharing,
  advocates: en_advocates,
  booking: en_booking,
  imports: en_imports,
  privacy: en_privacy,
}

export const es = {
  common: es_common,
  errors: es_errors,
  accounts: es_accounts,
  children: es_children,
  events: es_events,
  eventTypes: es_eventTypes,
  home: es_home,
  mailbox: es_mailbox,
  deadlines: es_deadlines,
  screener: es_screener,
  screenerPages: es_screenerPages,
  guides: es_guides,
  glossary: es_glossary,
  plans: es_plans,
  goals: es_goals,
  progress: es_progress,
  services: es_services,
  documents: es_documents,
  communications: es_communications,
  letters: es_letters,
  meetings: es_meetings,
  disputes: es_disputes,
  sharing: es_sharing,
  advocates: es_advocates,
  booking: es_booking,
  imports: es_imports,
  privacy: es_privacy,
}
