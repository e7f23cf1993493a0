import type { ServiceCompliance } from '../../services/services-delivered/compute-compliance.ts'
import { useUi } from '../ui.ts'

const BAR = 10
const GAP = 6
const HEIGHT = 120
const LABEL = 16

/**
 * Minutes required against minutes given, week by week, as a server-drawn SVG: a light bar for
 * what the plan required and a dark bar for what was given. The table beside it carries the same
 * numbers for screen readers and printing, so the chart is a picture with a short description.
 */
export function DeliveryChart({ service }: { service: ServiceCompliance }) {
  const { t } = useUi()
  const weeks = service.weeks ?? []
  if (weeks.length === 0) return null
  const max = Math.max(1, ...weeks.map((w) => Math.max(w.requiredMinutes, w.deliveredMinutes)))
  const step = BAR * 2 + GAP
  const width = weeks.length * step + GAP
  const scale = (minutes: number) => Math.round((minutes / max) * HEIGHT)
  const titleId = `chart-${service.service}-title`
  return (
    <figure class="pw-chart">
      <svg
        viewBox={`0 0 ${width} ${HEIGHT + LABEL}`}
        role="img"
        aria-labelledby={titleId}
        preserveAspectRatio="xMinYMax meet"
        class="pw-chart__svg"
      >
        <title id={titleId}>
          {t('services.chart.title', {
            service: service.name,
            required: service.requiredMinutes,
            delivered: service.deliveredMinutes,
          })}
        </title>
        <line x1="0" y1={HEIGHT} x2={width} y2={HEIGHT} class="pw-chart__axis" />
        {weeks.map((week, index) => {
          const x = GAP + index * step
          const required = scale(week.requiredMinutes)
          const delivered = scale(week.deliveredMinutes)
          return (
            <g key={week.week}>
              <rect x={x} y={HEIGHT - required} width={BAR} height={required} class="pw-chart__required" />
              <rect
                x={x + BAR}
                y={HEIGHT - delivered}
                width={BAR}
                height={delivered}
                class="pw-chart__delivered"
              />
            </g>
          )
        })}
      </svg>
      <figcaption class="pw-chart__legend">
        <span class="pw-chart__key pw-chart__key--required" aria-hidden="true" />{' '}
        {t('services.chart.required')}{' '}
        <span class="pw-chart__key pw-chart__key--delivered" aria-hidden="true" />{' '}
        {t('services.chart.delivered')}
      </figcaption>
    </figure>
  )
}
