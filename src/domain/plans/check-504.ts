import { type Finding, finding } from './finding.ts'
import type { Section504Plan } from './plan.ts'

/**
 * The 504 plan checklist. Section 504 prescribes no written plan (LAW.md § 8.3), so most findings
 * rest on the duties the plan carries out: the ADA definition of disability (42 U.S.C. 12102),
 * FAPE (34 CFR 104.33), non-academic settings (104.34), the group decision and periodic
 * reevaluation (104.35).
 */
export function check504(plan: Section504Plan): Finding[] {
  const findings: Finding[] = []
  if (plan.impairments.every((impairment) => impairment.trim() === '')) {
    findings.push(
      finding('504-impairment-missing', 'required', '42 U.S.C. 12102(1); 34 CFR 104.3(j)', 'impairments'),
    )
  }
  if (plan.majorLifeActivities.length === 0) {
    findings.push(
      finding('504-major-life-activity-missing', 'required', '42 U.S.C. 12102(2)', 'majorLifeActivities'),
    )
  }
  if (plan.accommodations.length === 0 && plan.services.length === 0) {
    findings.push(finding('504-supports-missing', 'required', '34 CFR 104.33(b)(1)', 'accommodations'))
  }
  for (const [index, accommodation] of plan.accommodations.entries()) {
    const params = { number: index + 1 }
    if (accommodation.settings.length === 0) {
      findings.push(
        finding(
          '504-accommodation-settings-missing',
          'recommended',
          '34 CFR 104.34',
          `accommodations[${index}].settings`,
          params,
        ),
      )
    }
    if (accommodation.responsible === undefined || accommodation.responsible.trim() === '') {
      findings.push(
        finding(
          '504-accommodation-responsible-missing',
          'recommended',
          '34 CFR 104.33(b)(1)',
          `accommodations[${index}].responsible`,
          params,
        ),
      )
    }
  }
  for (const [index, service] of plan.services.entries()) {
    const params = { name: service.name }
    if (service.providerRole === undefined || service.providerRole.trim() === '') {
      findings.push(
        finding(
          '504-service-responsible-missing',
          'recommended',
          '34 CFR 104.33(b)(1)',
          `services[${index}].providerRole`,
          params,
        ),
      )
    }
    if (service.minutes === undefined && service.frequency === undefined) {
      findings.push(
        finding(
          '504-service-amount-missing',
          'recommended',
          '34 CFR 104.33(b)(1)',
          `services[${index}].frequency`,
          params,
        ),
      )
    }
  }
  if (!plan.dates.meeting) {
    findings.push(finding('504-meeting-date-missing', 'recommended', '34 CFR 104.35(c)', 'dates.meeting'))
  }
  if (plan.participants.length === 0) {
    findings.push(finding('504-participants-missing', 'recommended', '34 CFR 104.35(c)(3)', 'participants'))
  }
  if ((plan.evaluationSources ?? []).length === 0) {
    findings.push(
      finding('504-evaluation-sources-missing', 'review', '34 CFR 104.35(c)(1)-(2)', 'evaluationSources'),
    )
  }
  if (!plan.dates.review) {
    findings.push(finding('504-review-date-missing', 'recommended', '34 CFR 104.35(d)', 'dates.review'))
  }
  return findings
}
