// The engine's public API: everything outside src/engine (worker, CLI, tests, benchmarks) comes through here.
// Its names by group, and where each of Kafka's classes lives inside the engine: docs/architecture.md.
import type { PipelineDocument } from './model/schema';
import { Simulation, type SimulationOptions } from './sim/simulation';
import type { SnapshotLayout } from './sim/snapshot';

export { murmur2, partitionForKey, toPositive, utf8 } from './kafka/murmur2';
export { assign } from './kafka/assignors';
export type { AssignorName } from './kafka/assignors';
export { BuiltInPartitioner } from './kafka/partitioner/builtInPartitioner';
export { RoundRobinPartitioner } from './kafka/partitioner/roundRobinPartitioner';
export { PartitionLog, RECORD_BATCH_OVERHEAD } from './kafka/log/partitionLog';
export type { GroupState } from './kafka/group/types';
export { nameRecord, nameRecordOf, ownValue } from './model/nameRecord';
export { compileTopicPattern, TopicPattern } from './kafka/group/topicPattern';
export type { TopicPatternResult } from './kafka/group/topicPattern';
export { parseDocument, parseDocumentJson, edgeRefusal, groupIdOf, problemCount } from './model/validate';
export type { ParseResult } from './model/validate';
export { formatIssue } from './model/issues';
export { parsedDocumentProblem } from './model/parsedDocument';
export {
  MAX_DESIGN_FILE_BYTES,
  decodeDesignBytes,
  designFileSizeRefusal,
  type DecodedDesign,
} from './model/designFile';
export {
  estimateDesign,
  formatBytes,
  sizeRefusal,
  slowWarning,
  MEMORY_BUDGET_BYTES,
  SLOW_STEPS_PER_SECOND,
  type DesignEstimate,
  type EstimateOptions,
  type SizeContributor,
} from './model/designSize';
export * from './model/schema';
export { withoutDefaults } from './model/withoutDefaults';
export { loadProfileSchema, TRACE_MAX_POINTS, TRACE_MAX_SECONDS } from './model/loadProfile';
export { peakRateOf } from './model/peakRate';
export type { LoadProfile, LoadProfileType } from './model/loadProfile';
export { parseTraceCsv, traceCsvText, traceSpanSeconds } from './model/traceCsv';
export { profileRateAt, profileRates } from './sim/rateProfile';
export type { TraceCsvResult, TracePoint } from './model/traceCsv';
export { faultTarget, type NodeTarget } from './model/faultTargets';
export { commitModeOf, type CommitMode } from './model/commitMode';
// What a design wires, counted as the Without Kafka view and lesson L1 show it.
export { countIntegrations, designFlows } from './model/integrations';
export type { Endpoint, Flows, IntegrationCounts } from './model/integrations';
export { Simulation } from './sim/simulation';
export type { SimulationOptions, ReportOptions, SimulationMode } from './sim/simulation';
export { fluidRefusal } from './sim/fluid/fluidRefusal';
export { FLUID_STEP_MS } from './sim/fluid/fluidEngine';
export type {
  CapacityReport,
  CapacityBrokerReport,
  CapacityTopicReport,
  Bottleneck,
  HeadroomScenario,
  CapacityFormula,
} from './capacity/types';
export { CAPACITY_THRESHOLDS } from './capacity/thresholds';
export type {
  SimulationReport,
  GroupReport,
  PartitionReport,
  BrokerReport,
  ControllerReport,
  DeliveryReport,
} from './sim/report';
// KIP-848's consumer protocol in the report: a group's protocol, and its epochs.
export { groupProtocolOf, type ConsumerProtocolGroupFields } from './sim/consumerGroupReport';
export type { SimEvent } from './common/events';
export type { LatencyPercentiles } from './common/latencyHistogram';
export type { BurrowGroupStatus, BurrowPartitionStatus } from './metrics/burrow';
export { MAX_CHART_POINTS, type ChartSeries, type DeliverySeries } from './metrics/chartSeries';
export type { Refusal } from './sim/refusal';
export { DEFAULT_RECORD_LIMIT, MAX_RECORD_LIMIT } from './sim/partitionRecords';
export type { GroupMark, RecordPage, RecordQuery, RecordRow, ReplicaMark } from './sim/partitionRecords';
export { RESTART_DELAY_MS } from './sim/consumerRestarts';
export type { GroupLossFields } from './sim/groupLossReport';
export type { StoppedPartition } from './sim/poisonPills';
export { Rng } from './common/rng';

/** A simulation of a parsed design document, seeded; advance it with `step(dtMs)`. */
export function createSimulation(doc: PipelineDocument, options: SimulationOptions): Simulation {
  return new Simulation(doc, options);
}
/** Which index of the flat snapshot is which, for the simulation's topology now. */
export function snapshotLayout(sim: Simulation): SnapshotLayout {
  return sim.snapshotLayout();
}
/** Writes the simulation's current state into `out` (allocated by the caller, `layout.length` long). */
export function writeSnapshot(sim: Simulation, layout: SnapshotLayout, out: Float64Array): Float64Array {
  return sim.writeSnapshot(layout, out);
}
export {
  GROUP_STATES,
  HEADER as SNAPSHOT_HEADER,
  PARTITION_FIELDS as SNAPSHOT_PARTITION_FIELDS,
  GROUP_FIELDS as SNAPSHOT_GROUP_FIELDS,
  GROUP_PARTITION_FIELDS as SNAPSHOT_GROUP_PARTITION_FIELDS,
} from './sim/snapshot';
export type { SnapshotLayout } from './sim/snapshot';
export * as edits from './model/edits';
export type { EditResult } from './model/edits';
export { runSchedule, runSoak, soakSchedule, SOAK_FAMILIES } from './sim/soak/soakRun';
export type { SoakResult, SoakTally } from './sim/soak/soakRun';
export { describeFaults, type SoakFamily, type SoakSchedule } from './sim/soak/schedule';
export type { Violation } from './sim/soak/invariants';
export { topicCommandLines, topicsScript, nonDefaultTopicConfigs } from './export/topicCommands';
export type { TopicCommandOptions } from './export/topicCommands';
export { clientPropertyBlocks, clientPropertiesText } from './export/clientProperties';
export type { ClientPropertiesBlock, ClientPropertiesOptions } from './export/clientProperties';
export { composeFile, quorumVoters, controllerIds, KAFKA_IMAGE } from './export/compose';
export { fileStem } from './export/fileStem';
export { parseSweep, sweepInputs, sweepVariants, type SweepVariant } from './sweep/sweepVariants';
export {
  parseSweepPath,
  settablePaths,
  currentValue,
  SWEEP_KEYS,
  type SweepPath,
  type SweepValue,
} from './sweep/sweepPath';
export { parseSweepPaths, joinedPaths, joinedHeading, togetherSuggestions } from './sweep/sweepTogether';
export { parseSweepRange, SWEEP_RANGE_HELP, MAX_SWEEP_VALUES } from './sweep/sweepRange';
export {
  FIGURES,
  differenceText,
  figureDifference,
  figureHeading,
  figureText,
  type FigureKey,
  type RunFigures,
} from './sweep/figures';
export { runFigures, MAX_LAG_POINTS, type FigureRun, type RunOptions } from './sweep/runFigures';
export {
  runSweep,
  runCompare,
  type BatchOptions,
  type BatchProgress,
  type CompareResult,
  type SweepInput,
  type SweepRow,
} from './sweep/sweepRun';
