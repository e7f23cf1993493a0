import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { Deps } from '../../services/deps.ts'
import {
  ConditionSchema,
  ScreenChildResultSchema,
  ScreenerAnswersSchema,
  screenChild,
} from '../../services/screener/screen-child.ts'
import { ProblemDocumentSchema } from './common.schemas.ts'

// Named components in the OpenAPI document (ids never end in "Input"). The condition schema is
// registered as it is, because the answers schema holds that very instance.
z.globalRegistry.add(ConditionSchema, { id: 'ScreenerCondition' })
const AnswersSchema = ScreenerAnswersSchema.meta({
  id: 'ScreenerAnswers',
  description:
    'What a family knows about the child. `substantialLimitation` is the limitation without mitigating measures other than ordinary glasses or contact lenses. docs/screener.md lists every value.',
})
const ResultSchema = ScreenChildResultSchema.meta({ id: 'ScreenerResult' })

/**
 * The screener as JSON, for anyone (no account): the same answers schema as `pathway screen`, and
 * the same result the result page shows, in the language of Accept-Language. Answers that do not
 * fit the schema get a 400 problem document naming each field.
 */
export function registerScreenerApi(app: FastifyInstance, _deps: Deps): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/screener',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Screener'],
        summary: 'Which plan may fit a child: IEP, 504 plan, evaluation or neither',
        description:
          'Public: no token needed. Returns the recommendation, every reason with its citation, and the next steps, in English or Spanish (Accept-Language). Guidance, not legal advice.',
        body: AnswersSchema,
        response: { 200: ResultSchema, 400: ProblemDocumentSchema },
      },
    },
    async (request) => screenChild(request.body, request.lang),
  )
}
