import { expect, test } from 'vitest'
import { suite } from './services-delivered.ts'

test('the services-delivered bench runs in quick mode and reports throughput and peak memory', async () => {
  const results = await suite.run({ quick: true, children: 100 })
  expect(results.map((r) => r.unit)).toEqual(['children/s', 'children/s', 'MB'])
  for (const result of results) expect(result.value).toBeGreaterThan(0)
  expect(results[0]?.notes).toContain('1000 children')
})
