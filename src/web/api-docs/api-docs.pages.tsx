import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../services/deps.ts'
import { Details } from '../layout/content.tsx'
import { Page } from '../layout/page.tsx'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { useUi } from '../ui.ts'

interface OpenApiOperation {
  summary?: string
  description?: string
  tags?: string[]
  security?: unknown[]
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[]
  requestBody?: { content?: Record<string, { schema?: unknown }> }
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>
}

interface OpenApiDocument {
  info: { title: string; version: string; description?: string }
  paths: Record<string, Record<string, OpenApiOperation>>
  components?: { schemas?: Record<string, unknown> }
}

/**
 * A readable API reference built from the same OpenAPI document clients download: every operation
 * by tag, its parameters, body and answers. Plain HTML, so it works without scripts and passes axe.
 */
export function registerApiDocsPage(app: FastifyInstance, _deps: Deps, settings: RenderSettings): void {
  app.get('/api/v1/docs', { config: { access: 'public' } }, async (request, reply) => {
    const document = app.swagger() as unknown as OpenApiDocument
    return sendPage(reply, 200, uiFor(request, reply, settings), <ApiDocsPage document={document} />)
  })
}

function ApiDocsPage({ document }: { document: OpenApiDocument }) {
  const { t } = useUi()
  const byTag = new Map<string, { method: string; path: string; operation: OpenApiOperation }[]>()
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const tag = operation.tags?.[0] ?? 'Other'
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method: method.toUpperCase(), path, operation }])
    }
  }
  return (
    <Page title={t('common.apiDocs.title')}>
      <p class="pw-lead">{t('common.apiDocs.intro')}</p>
      {(document.info.description ?? '').split('\n\n').map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p>
        <a href="/api/v1/openapi.json">{t('common.apiDocs.download')}</a>
      </p>
      <nav aria-label={t('common.apiDocs.contents')}>
        <ul>
          {[...byTag.keys()].map((tag) => (
            <li key={tag}>
              <a href={`#tag-${tag.toLowerCase()}`}>{tag}</a>
            </li>
          ))}
        </ul>
      </nav>
      {[...byTag.entries()].map(([tag, operations]) => (
        <section key={tag} aria-labelledby={`tag-${tag.toLowerCase()}`}>
          <h2 id={`tag-${tag.toLowerCase()}`}>{tag}</h2>
          {operations.map(({ method, path, operation }) => (
            <div class="pw-card" key={`${method} ${path}`}>
              <h3 class="pw-card__title">
                <code class="pw-code">
                  {method} {path}
                </code>
              </h3>
              {operation.summary ? <p>{operation.summary}</p> : null}
              {operation.description ? <p class="pw-secondary">{operation.description}</p> : null}
              <p class="pw-body-s">
                {operation.security && operation.security.length > 0
                  ? t('common.apiDocs.needsToken')
                  : t('common.apiDocs.open')}
              </p>
              {operation.parameters && operation.parameters.length > 0 ? (
                <ul class="pw-body-s">
                  {operation.parameters.map((p) => (
                    <li key={`${p.in}-${p.name}`}>
                      <code class="pw-code">{p.name}</code> ({p.in}
                      {p.required ? `, ${t('common.apiDocs.required')}` : ''})
                    </li>
                  ))}
                </ul>
              ) : null}
              {operation.requestBody?.content?.['application/json']?.schema ? (
                <Details summary={t('common.apiDocs.body')}>
                  <pre class="pw-mail-body">
                    {JSON.stringify(operation.requestBody.content['application/json'].schema, null, 2)}
                  </pre>
                </Details>
              ) : null}
              <Details summary={t('common.apiDocs.responses')}>
                <ul>
                  {Object.entries(operation.responses ?? {}).map(([status, response]) => (
                    <li key={status}>
                      <strong>{status}</strong> {response.description ?? ''}
                    </li>
                  ))}
                </ul>
              </Details>
            </div>
          ))}
        </section>
      ))}
      {document.components?.schemas ? (
        <section aria-labelledby="schemas">
          <h2 id="schemas">{t('common.apiDocs.schemas')}</h2>
          {Object.entries(document.components.schemas).map(([name, schema]) => (
            <Details key={name} summary={name}>
              <pre class="pw-mail-body">{JSON.stringify(schema, null, 2)}</pre>
            </Details>
          ))}
        </section>
      ) : null}
    </Page>
  )
}
