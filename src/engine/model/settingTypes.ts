// The value types the design document's settings are built from: ids and names, counts, times, Kafka's INT and
// "-1 means unlimited" settings, bandwidths. Each refuses a bad value with a message that says what is wrong.
import { z } from 'zod';

export const id = z.string().min(1, 'must not be empty').max(64, 'must be at most 64 characters');
export const name = z.string().min(1, 'must not be empty').max(80, 'must be at most 80 characters');
export const nonNegative = z.number().finite().min(0, 'must be >= 0');
export const positiveInt = z.number().int('must be a whole number').min(1, 'must be >= 1');
export const ms = z.number().int('must be a whole number of milliseconds').min(0, 'must be >= 0');
/** Kafka's "-1 means unlimited" settings. */
export const limitOrUnlimited = z
  .number()
  .int('must be a whole number')
  .min(-1, 'must be >= 0, or -1 for unlimited');
export const position = z.strictObject({ x: z.number().finite(), y: z.number().finite() });

/** Integer.MAX_VALUE: Kafka's INT configs (ConfigDef.Type.INT) hold no more. */
export const JAVA_INT_MAX = 2_147_483_647;
/** An INT config: above Integer.MAX_VALUE it is refused in ConfigDef.parseType's words (ConfigException). */
export function javaInt(schema: z.ZodNumber, key: string): z.ZodNumber {
  return schema.max(JAVA_INT_MAX, {
    error: (issue) =>
      `Invalid value ${String(issue.input)} for configuration ${key}: Not a number of type INT`,
  });
}

/** Network and disk bandwidth in MB/s, where 1 MB = 1,000,000 bytes (125 MB/s is a 1 Gbit/s link). */
export const bandwidth = z.number().finite().gt(0, 'must be > 0').max(100_000, 'must be <= 100000');
