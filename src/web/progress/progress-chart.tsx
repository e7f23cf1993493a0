import type { LocalDate } from '../../domain/dates/local-date.ts'
import { chartFrame } from '../../domain/progress/chart-scale.ts'
import type { ProgressNote, ProgressPoint } from '../../domain/progress/progress-point.ts'
import type { ProgressAnalysis, ProgressSeries } from '../../domain/progress/progress-series.ts'
import { useUi } from '../ui.ts'

/**
 * A goal's progress as a server-rendered SVG: the scores, the aim line (dashed), the trend line
 * (solid, dotted where it is projected to the goal date), the days the teaching changed, the goal
 * date and the school's progress reports. It works without scripts and in print; the same data is
 * in the table beside it, which is the text alternative, and the <title>/<desc> sum it up.
 */

const WIDTH = 480
const HEIGHT = 300
const MARGIN = { top: 16, right: 16, bottom: 40, left: 48 }
const BOX = { width: WIDTH, height: HEIGHT, margin: MARGIN }

const MONTH_FORMATS = {
  en: new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }),
  es: new Intl.DateTimeFormat('es-US', { month: 'short', timeZone: 'UTC' }),
}

function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100)
}

/** What a score says when focused or pointed at: its date, value with unit, and note. */
function pointDetail(point: ProgressPoint, shortDate: (date: LocalDate) => string): string {
  const value = `${formatNumber(point.value)}${point.unit ? ` ${point.unit}` : ''}`
  return `${shortDate(point.measuredOn)}: ${value}${point.note ? ` – ${point.note}` : ''}`
}

export function ProgressChart({
  id,
  title,
  description,
  series,
  analysis,
  points,
  notes,
}: {
  /** Unique on the page: the ids of the title and description hang on it. */
  id: string
  title: string
  description: string
  series: ProgressSeries
  analysis: ProgressAnalysis
  points: readonly ProgressPoint[]
  notes: readonly ProgressNote[]
}) {
  const { t, lang, shortDate } = useUi()
  const frame = chartFrame({ series, analysis, points, notes }, BOX)
  const px = (date: LocalDate) => frame.x(date).toFixed(1)
  const py = (value: number) => frame.y(value).toFixed(1)
  const { bottom, ticks, aim, trend, projection } = frame
  const end = series.target.date
  const fixed = (n: number) => n.toFixed(1)

  return (
    <figure class="pw-progress-chart" data-module="progress-chart">
      <div class="pw-progress-chart__frame">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG chart cannot be a fieldset; the group names its focusable points */}
        <svg
          class="pw-progress-chart__svg"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="group"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          xmlns="http://www.w3.org/2000/svg"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <g class="pw-progress-chart__grid">
            {ticks.map((tick) => (
              <g key={tick}>
                <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={py(tick)} y2={py(tick)} />
                <text x={MARGIN.left - 6} y={py(tick)} dy="0.32em" text-anchor="end">
                  {formatNumber(tick)}
                </text>
              </g>
            ))}
            {frame.months.map((month) => (
              <g key={month}>
                <line x1={px(month)} x2={px(month)} y1={bottom} y2={bottom + 5} />
                <text x={px(month)} y={bottom + 20} text-anchor="middle">
                  {MONTH_FORMATS[lang].format(new Date(`${month}T00:00:00Z`)).replace('.', '')}
                </text>
              </g>
            ))}
            <line
              class="pw-progress-chart__axis"
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={bottom}
              y2={bottom}
            />
          </g>
          <g>
            {analysis.phaseStart
              ? notes
                  .filter((n) => n.kind === 'phase-change')
                  .map((n) => (
                    <line
                      key={n.id}
                      class="pw-progress-chart__phase"
                      x1={px(n.notedOn)}
                      x2={px(n.notedOn)}
                      y1={MARGIN.top}
                      y2={bottom}
                    />
                  ))
              : null}
            <line
              class="pw-progress-chart__goal-date"
              x1={px(end)}
              x2={px(end)}
              y1={MARGIN.top}
              y2={bottom}
            />
            <line
              class="pw-progress-chart__aim"
              x1={fixed(aim.x1)}
              y1={fixed(aim.y1)}
              x2={fixed(aim.x2)}
              y2={fixed(aim.y2)}
            />
            {trend ? (
              <line
                class="pw-progress-chart__trend"
                x1={fixed(trend.x1)}
                y1={fixed(trend.y1)}
                x2={fixed(trend.x2)}
                y2={fixed(trend.y2)}
              />
            ) : null}
            {projection ? (
              <line
                class="pw-progress-chart__projection"
                x1={fixed(projection.x1)}
                y1={fixed(projection.y1)}
                x2={fixed(projection.x2)}
                y2={fixed(projection.y2)}
              />
            ) : null}
            {notes
              .filter((n) => n.kind === 'progress-report')
              .map((n) => {
                const cx = Number(px(n.notedOn))
                return (
                  <path
                    key={n.id}
                    class="pw-progress-chart__report"
                    d={`M${cx} ${bottom - 10} l6 10 h-12 z`}
                  />
                )
              })}
          </g>
          {/* Each score can be reached with the Tab key and names its date, value and note. */}
          <g class="pw-progress-chart__points">
            {points.map((p) => {
              const detail = pointDetail(p, shortDate)
              return (
                <circle
                  key={p.id}
                  cx={px(p.measuredOn)}
                  cy={py(p.value)}
                  r="4.5"
                  tabindex={0}
                  aria-label={detail}
                  data-detail={detail}
                >
                  <title>{detail}</title>
                </circle>
              )
            })}
          </g>
        </svg>
        <p class="pw-progress-chart__detail" data-chart-detail hidden aria-hidden="true" />
      </div>
      <figcaption>
        <ul class="pw-progress-chart__legend">
          <li>
            <span class="pw-progress-chart__key pw-progress-chart__key--points" aria-hidden="true" />
            {t('progress.chart.legendPoints')}
          </li>
          <li>
            <span class="pw-progress-chart__key pw-progress-chart__key--aim" aria-hidden="true" />
            {t('progress.lines.aim')}
          </li>
          {trend ? (
            <li>
              <span class="pw-progress-chart__key pw-progress-chart__key--trend" aria-hidden="true" />
              {t('progress.lines.trend')}
            </li>
          ) : null}
          <li>
            <span class="pw-progress-chart__key pw-progress-chart__key--goal-date" aria-hidden="true" />
            {t('progress.chart.legendGoalDate', { date: shortDate(end) })}
          </li>
          {analysis.phaseStart ? (
            <li>
              <span class="pw-progress-chart__key pw-progress-chart__key--phase" aria-hidden="true" />
              {t('progress.chart.legendPhase')}
            </li>
          ) : null}
          {notes.some((n) => n.kind === 'progress-report') ? (
            <li>
              <span class="pw-progress-chart__key pw-progress-chart__key--report" aria-hidden="true" />
              {t('progress.chart.legendReport')}
            </li>
          ) : null}
        </ul>
      </figcaption>
    </figure>
  )
}
