import { valueFromPassage } from '../../domain/imports/passages.ts'
import type { ImportProposal } from '../../domain/imports/proposal.ts'
import { type Problem, problem } from '../../domain/problems.ts'
import { pathOfFormField, type ReviewValues } from './imports-views.tsx'

/**
 * The review form's "use this line" step without JavaScript: the parent names a value and a line
 * of the document; the value is filled from that line (its date, its words without their label),
 * every other answer kept, and the line remembered as the value's source.
 */

export function takePassage(
  proposal: ImportProposal | null,
  values: ReviewValues,
  field: string,
  lineText: string,
): { values: ReviewValues; problems: Problem[] } {
  const passages = proposal?.passages ?? []
  const path = pathOfFormField(proposal, values.kind, field)
  const line = /^\s*\d{1,6}\s*$/.test(lineText) ? Number(lineText) : 0
  const passage = passages[line - 1]
  const problems = [
    ...(path ? [] : [problem('take.field', 'imports.problems.takeField')]),
    ...(passage ? [] : [problem('take.line', 'imports.problems.takeLine')]),
  ]
  if (!path || !passage) return { values, problems }
  const value = valueFromPassage(path, passage.text)
  if (value === '') return { values, problems: [problem('take.line', 'imports.problems.takeChoice')] }
  const sources = { ...values.sources, [field]: line - 1 }
  const index = /^value\.(\d+)$/.exec(field)
  if (index) {
    const i = Number(index[1])
    return {
      values: {
        ...values,
        values: values.values.map((v, n) => (n === i ? value : v)),
        use: values.use.map((u, n) => (n === i ? true : u)),
        sources,
        taken: { field, line },
      },
      problems,
    }
  }
  const added = { ...values.added, [field.slice('add.'.length)]: value }
  return { values: { ...values, added, sources, taken: { field, line } }, problems }
}
