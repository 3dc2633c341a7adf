// Where the exported cluster's brokers listen: one place, so the topic commands, the client properties and the
// Docker Compose file name the same addresses.
import type { PipelineDocument } from '../model/schema';

/** The port each broker listens on inside the Compose network (the PLAINTEXT listener, also inter-broker). */
export const INTERNAL_PORT = 19092;
/** The first host port: broker i of the design (in its order) is published on FIRST_HOST_PORT + i. */
export const FIRST_HOST_PORT = 9092;

/** The Compose service (and host name) of broker `id`. */
export function brokerService(id: number): string {
  return `broker-${id}`;
}

/** The brokers as other containers of the Compose file reach them. */
export function internalBootstrapServers(doc: PipelineDocument): string {
  return doc.cluster.brokers.map((b) => `${brokerService(b.id)}:${INTERNAL_PORT}`).join(',');
}

/** The brokers as the machine running Docker reaches them (their published ports), for clients and scripts there. */
export function hostBootstrapServers(doc: PipelineDocument): string {
  return doc.cluster.brokers.map((_, i) => `localhost:${FIRST_HOST_PORT + i}`).join(',');
}
