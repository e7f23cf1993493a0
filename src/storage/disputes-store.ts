import type { LocalDate } from '../domain/dates/local-date.ts'
import type { Dispute, DisputeStageRecord, DisputeStatus } from '../domain/disputes/dispute.ts'
import type { FormalRoad } from '../domain/disputes/roads.ts'
import type { DbOrTx } from './database.ts'
import type { DisputeRow } from './tables.ts'

function toDispute(row: DisputeRow): Dispute {
  return {
    id: row.id,
    childId: row.child_id,
    organizationId: row.organization_id,
    road: row.road as FormalRoad,
    title: row.title,
    status: row.status as DisputeStatus,
    violationOn: row.violation_on as LocalDate,
    knewOn: row.knew_on as LocalDate | null,
    stages: JSON.parse(row.stages) as DisputeStageRecord[],
    outcome: row.outcome,
    agreementTerms: JSON.parse(row.agreement_terms) as string[],
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export async function insertDispute(
  db: DbOrTx,
  dispute: {
    id: string
    childId: string
    organizationId: string
    road: FormalRoad
    title: string
    violationOn: LocalDate
    knewOn: LocalDate | null
    stages: readonly DisputeStageRecord[]
    createdBy: string | null
    now: string
  },
): Promise<void> {
  await db
    .insertInto('disputes')
    .values({
      id: dispute.id,
      organization_id: dispute.organizationId,
      child_id: dispute.childId,
      road: dispute.road,
      title: dispute.title,
      status: 'open',
      violation_on: dispute.violationOn,
      knew_on: dispute.knewOn,
      stages: JSON.stringify(dispute.stages),
      outcome: '',
      agreement_terms: '[]',
      version: 1,
      created_by: dispute.createdBy,
      created_at: dispute.now,
      updated_at: dispute.now,
    })
    .execute()
}

export async function findDispute(db: DbOrTx, id: string): Promise<Dispute | undefined> {
  const row = await db.selectFrom('disputes').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toDispute(row)
}

/** A child's disputes, newest first. */
export async function listDisputesOfChild(db: DbOrTx, childId: string): Promise<Dispute[]> {
  const rows = await db
    .selectFrom('disputes')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute()
  return rows.map(toDispute)
}

/** Saves the stages or the outcome if the dispute is unchanged since `expectedVersion`. */
export async function updateDispute(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  change:
    | { part: 'stages'; stages: readonly DisputeStageRecord[] }
    | { part: 'outcome'; status: DisputeStatus; outcome: string; agreementTerms: readonly string[] },
  now: string,
): Promise<boolean> {
  const columns =
    change.part === 'stages'
      ? { stages: JSON.stringify(change.stages) }
      : {
          status: change.status,
          outcome: change.outcome,
          agreement_terms: JSON.stringify(change.agreementTerms),
        }
  const result = await db
    .updateTable('disputes')
    .set({ ...columns, version: expectedVersion + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
