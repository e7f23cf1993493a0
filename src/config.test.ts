import { describe, expect, test } from 'vitest'
import { ConfigError, loadConfig } from './config.ts'

describe('configuration', () => {
  test('with nothing set, the app runs on a SQLite file in data/ on port 3000 with the development mailbox', () => {
    const config = loadConfig({}, '/srv/pathway')
    expect(config.port).toBe(3000)
    expect(config.database).toEqual({ kind: 'sqlite', file: '/srv/pathway/data/pathway.sqlite' })
    expect(config.devMailbox).toBe(true)
    expect(config.baseUrl).toBe('http://localhost:3000')
  })

  test('PORT, DATA_DIR and DATABASE_URL override the defaults', () => {
    const config = loadConfig(
      { PORT: '8080', DATA_DIR: '/var/lib/pathway', DATABASE_URL: 'postgres://u@db/pathway' },
      '/srv',
    )
    expect(config.port).toBe(8080)
    expect(config.dataDir).toBe('/var/lib/pathway')
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db/pathway' })
  })

  test('every bad setting is listed at once', () => {
    try {
      loadConfig(
        {
          PORT: 'eighty',
          DATABASE_URL: 'mysql://x',
          TIME_ZONE: 'Mars/Base',
          SMTP_URL: 'http://mail',
          LOG_LEVEL: 'loud',
        },
        '/srv',
      )
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError)
      const problems = (error as ConfigError).problems.join('\n')
      for (const name of ['PORT', 'DATABASE_URL', 'TIME_ZONE', 'SMTP_URL', 'LOG_LEVEL'])
        expect(problems).toContain(name)
    }
  })

  test('production requires a public address and a mail server, and never turns the mailbox on', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, '/srv')).toThrow(/BASE_URL.*\n.*SMTP_URL/s)
    const config = loadConfig(
      { NODE_ENV: 'production', BASE_URL: 'https://pathway.example.org', SMTP_URL: 'smtp://mail:25' },
      '/srv',
    )
    expect(config.devMailbox).toBe(false)
    expect(() =>
      loadConfig(
        {
          NODE_ENV: 'production',
          BASE_URL: 'https://p.example.org',
          SMTP_URL: 'smtp://m',
          DEV_MAILBOX: 'on',
        },
        '/srv',
      ),
    ).toThrow(/DEV_MAILBOX/)
  })
})
