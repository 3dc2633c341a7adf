import { parse } from 'yaml';
import { expect, test } from './fixtures';

test('Export for Kafka downloads the topic commands, client properties and Compose file of the design', async ({
  app,
}) => {
  await app.open();
  const toggle = app.toolbar.exportForKafka();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(app.toolbar.exportForKafka('Docker Compose')).toBeVisible();
  await app.page.screenshot({ path: test.info().outputPath('export-for-kafka.png') });

  const topics = await app.keeping.download(app.toolbar.exportForKafka('Topics'));
  expect(topics.name).toBe('five-sources-four-sinks-one-log.topics.sh');
  const created = topics.text.split('\n').filter((l) => l.startsWith('kafka-topics.sh'));
  expect(
    created.map((l) => /--topic (\S+) --partitions (\d+) --replication-factor (\d+)/.exec(l)?.slice(1)),
  ).toEqual([
    ['user-events', '6', '3'],
    ['payments', '3', '3'],
    ['telemetry', '6', '3'],
    ['customers', '3', '3'],
  ]);
  expect(created[2]).toContain('--config retention.ms=3600000');
  // A choice closes the menu.
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  await toggle.click();
  const properties = await app.keeping.download(app.toolbar.exportForKafka('Client properties'));
  expect(properties.name).toBe('five-sources-four-sinks-one-log.properties');
  expect(properties.text.split('\n\n').map((b) => b.split('\n')[0])).toEqual([
    '# source Web app',
    '# source Mobile app',
    '# source Payments',
    '# source IoT sensors',
    '# source CRM',
    '# sink Database',
    '# sink Analytics',
    '# sink Email',
    '# sink Search',
  ]);

  await toggle.click();
  const compose = await app.keeping.download(app.toolbar.exportForKafka('Docker Compose'));
  expect(compose.name).toBe('five-sources-four-sinks-one-log.compose.yaml');
  const services = (
    parse(compose.text) as { services: Record<string, { environment?: Record<string, string> }> }
  ).services;
  expect(
    ['broker-1', 'broker-2', 'broker-3'].map((b) => services[b]?.environment?.KAFKA_BROKER_RACK),
  ).toEqual(['zone-a', 'zone-b', 'zone-c']);
});
