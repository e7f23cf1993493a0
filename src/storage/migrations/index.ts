import type { Migration } from 'kysely'
import * as createAccountsAndChildren from './2026-11-29T0900_create_accounts_and_children.ts'
import * as createJobs from './2026-11-29T1200_create_jobs.ts'
import * as createDocumentsCommunicationsLetters from './2026-12-10T0900_create_documents_communications_letters.ts'
import * as createPlans from './2026-12-12T0900_create_plans.ts'
import * as createSharing from './2026-12-20T0900_create_sharing.ts'
import * as createDeletionAndTwoStep from './2026-12-20T1200_create_deletion_and_two_step.ts'
import * as createSchoolYearsAndReminderSettings from './2026-12-21T0900_create_school_years_and_reminder_settings.ts'
import * as createProgressData from './2026-12-22T0900_create_progress_data.ts'
import * as createServiceLog from './2026-12-23T0900_create_service_log.ts'
import * as createMeetingsAndDisputes from './2026-12-24T0900_create_meetings_and_disputes.ts'
import * as createPracticesAndConsultations from './2026-12-25T0900_create_practices_and_consultations.ts'
import * as createDocumentImports from './2026-12-26T0900_create_document_imports.ts'
import * as advocateFinishDetachPracticeRecords from './2026-12-27T0900_advocate_finish_detach_practice_records.ts'
import * as createPersonCalendarFeeds from './2026-12-27T0900_create_person_calendar_feeds_deadlines_finish.ts'
import * as shareSchoolCalendars from './2026-12-28T1000_share_school_calendars.ts'
import * as addImportProgressAndConfirmedFields from './2026-12-28T1100_add_import_progress_and_confirmed_fields.ts'
import * as addChildrenDerivedDataVersions from './2026-12-28T1300_add_children_derived_data_versions.ts'
import * as addPageVersions from './2026-12-29T0900_add_page_versions.ts'

/**
 * Every migration, in order. Add new ones at the end; never edit one that has shipped.
 * Names sort by time. A migration merged after a later-dated one still runs (allowUnorderedMigrations).
 */
export const migrations: Record<string, Migration> = {
  '2026-11-29T0900_create_accounts_and_children': createAccountsAndChildren,
  '2026-11-29T1200_create_jobs': createJobs,
  '2026-12-10T0900_create_documents_communications_letters': createDocumentsCommunicationsLetters,
  '2026-12-12T0900_create_plans': createPlans,
  '2026-12-20T0900_create_sharing': createSharing,
  '2026-12-20T1200_create_deletion_and_two_step': createDeletionAndTwoStep,
  '2026-12-21T0900_create_school_years_and_reminder_settings': createSchoolYearsAndReminderSettings,
  '2026-12-22T0900_create_progress_data': createProgressData,
  '2026-12-23T0900_create_service_log': createServiceLog,
  '2026-12-24T0900_create_meetings_and_disputes': createMeetingsAndDisputes,
  '2026-12-25T0900_create_practices_and_consultations': createPracticesAndConsultations,
  '2026-12-26T0900_create_document_imports': createDocumentImports,
  '2026-12-27T0900_advocate_finish_detach_practice_records': advocateFinishDetachPracticeRecords,
  '2026-12-27T0900_create_person_calendar_feeds_deadlines_finish': createPersonCalendarFeeds,
  '2026-12-28T1000_share_school_calendars': shareSchoolCalendars,
  '2026-12-28T1100_add_import_progress_and_confirmed_fields': addImportProgressAndConfirmedFields,
  '2026-12-28T1300_add_children_derived_data_versions': addChildrenDerivedDataVersions,
  '2026-12-29T0900_add_page_versions': addPageVersions,
}
