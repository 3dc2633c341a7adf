// The machine a client runs on (a source's, sink's or processor's): compression.type for the producer side, the
// machine's rack (client.rack), and the network link of the host, which is simulated, not a Kafka setting.
import type { FieldSpec, Section } from '../formModel';

/** compression.type on a producer; the ratios are the engine's (kafka/log/compressionType.ts, README). */
export const producerCompression: FieldSpec = {
  type: 'select',
  path: 'compressionType',
  label: 'Compression',
  kafka: 'compression.type',
  hint: 'each batch is compressed as a whole: gzip x 0.29, snappy x 0.43, lz4 x 0.41, zstd x 0.24 of its bytes',
  options: [
    { value: 'none', label: 'none' },
    { value: 'gzip', label: 'gzip' },
    { value: 'snappy', label: 'snappy' },
    { value: 'lz4', label: 'lz4' },
    { value: 'zstd', label: 'zstd' },
  ],
};

/** The producer's codec, in a section of its own beside what the records are. */
export const compressionSection: Section = {
  title: 'Compression',
  fields: [producerCompression],
};

/** client.rack: the rack or zone the machine is in; round trips to brokers in another one take longer. */
const clientRackField: FieldSpec = {
  type: 'text',
  path: 'rack',
  label: 'Rack',
  kafka: 'client.rack',
  hint: 'the zone of the client’s machine: round trips to brokers in another rack take longer',
  empty: { value: null, means: 'no rack' },
};

const networkMBps: FieldSpec = {
  type: 'number',
  path: 'networkMBps',
  label: 'Network link',
  unit: 'MB/s',
  step: 10,
  emptyMeans: 'unlimited',
  hint: '125 MB/s is 1 Gbit/s; full duplex: reads and writes each get this much',
};

/** The host's link; `note` says which way the client's bytes go. */
export const clientMachineSection = (note: string): Section => ({
  title: 'Machine',
  advanced: true,
  note,
  fields: [clientRackField, networkMBps],
});
