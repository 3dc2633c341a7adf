// Checks both placers against outputs recorded from Kafka's own classes on the JVM (see the header of CASES).

import { describe, expect, it } from 'vitest';
import { assignReplicas, assignReplicasToBrokers, type PlacementBroker } from './replicaPlacement';
import { MockRandom } from './replicaPlacement.testing';

/**
 * StripedReplicaPlacer.place and AdminUtils.assignReplicasToBrokers from apache/kafka 1eb7644349cb
 * (4.0.0-SNAPSHOT), compiled with javac 17 and run with `new MockRandom(seed)` as the placer's Random and as
 * AdminUtils.RAND. For `striped` the brokers were put into a HashMap<Integer, UsableBroker> in the listed order
 * and the placer was handed its values(), as BrokerHeartbeatManager does. Picked from 120,000 random cases that
 * all agree, favouring those that come out differently unless the HashMap orders of brokers and racks are
 * reproduced. Broker tokens: `id@rack` (`id@` is the rack "", `id` has none), `!` = fenced.
 */
const CASES = `
striped seed=849160 partitions=5 rf=4
  brokers 0@a 1! 2 3 4@! 5 6!
  expect 0,2,4,3 3,4,0,5 0,4,5,2 0,2,4,3 0,4,3,2

striped seed=337950 partitions=1 rf=2
  brokers 5 1@ 4@r6 6 2@r1 3
  expect 4,3

striped seed=734704 partitions=7 rf=5
  brokers 6@ 7@r13 5@ 0@r5! 4@rack3 1@us-east-1b 3@BB 8@r6! 2@Aa
  expect 1,6,2,3,7 5,2,3,7,0 2,3,7,0,8 3,7,0,8,4 7,0,8,4,1 4,0,8,1,6 4,8,1,5,2

striped seed=653099 partitions=8 rf=2
  brokers 50@us-east-1a 247@r10 45@us-east-1a 173@Aa 34@r5 165@r11 138@BB 255@r13
  expect 138,247 247,165 165,255 255,34 34,50 45,173 173,138 138,247

striped seed=135128 partitions=7 rf=4
  brokers 39@c 269@c 182@a! 131@c 103@c 76@c 198@a 169@a 262@a
  expect 269,169,39,198 198,39,262,76 76,262,103,169 169,103,198,131 131,198,269,262 262,269,169,39 39,169,76,198

striped seed=948174 partitions=5 rf=2
  brokers 82@r2 265@us-east-1b! 248@rack2 228@rack4 217@r6! 194@rack2 262@r7
  expect 262,194 248,228 228,265 82,265 82,217

striped seed=423679 partitions=5 rf=2
  brokers 1@rack1 2@rack2 3@c! 4 5@d 6@rack1 7 8@b
  expect 7,8 8,3 5,3 5,6 1,2

striped seed=42115 partitions=2 rf=4
  brokers 188@a 84@a! 13@a 290@c! 169@b! 136@c!
  expect 188,290,169,136 13,169,136,188

striped seed=411499 partitions=5 rf=6
  brokers 214@ 55@ 45@ 3@a! 64@a 150@a 171@ 276@! 208@
  expect 55,150,171,64,208,3 64,171,150,208,3,214 208,150,214,64,45,3 64,214,150,45,3,55 45,150,55,64,171,3

striped seed=52035 partitions=1 rf=5
  brokers 8@a 3@d 5@d 1@ 4@b 7@d! 6@c 2@rack1
  expect 6,3,2,1,8

striped seed=449014 partitions=7 rf=3
  brokers 280@ 44@ 13 68 132@
  expect 68,132,13 280,13,44 68,44,13 132,13,280 68,280,13 280,13,44 68,44,13

striped seed=641070 partitions=1 rf=5
  brokers 146@us-east-1a! 245@r2! 201 267! 59 77! 113 18@rack4
  expect 18,245,146,59,113

striped seed=32414 partitions=7 rf=5
  brokers 3 5 8@ 7@ 6 1@ 2 4@
  expect 7,3,8,5,1 5,8,6,1,2 1,6,4,2,7 2,4,3,7,5 7,3,8,5,1 5,8,6,1,2 1,6,4,2,7

striped seed=689572 partitions=5 rf=5
  brokers 1 171! 16@r10 225@r9 271 219@rack2 7 243
  expect 7,16,225,219,243 16,225,219,243,271 225,219,271,16,1 219,1,16,225,7 7,16,225,219,243

striped seed=805411 partitions=5 rf=2
  brokers 7@b 2@ 4! 6 3@c 5@a 1
  expect 7,3 3,1 6,2 2,5 5,7

striped seed=819869 partitions=5 rf=5
  brokers 1! 2 3@r6 4@us-east-1c 5@r2 6! 7!
  expect 5,3,4,2,7 3,4,2,5,1 4,2,5,3,6 2,5,3,4,7 5,2,3,4,6

striped seed=825982 partitions=8 rf=4
  brokers 0@rack2! 1 2@r0! 3@r2! 4@r18!
  expect 1,3,0,2 1,0,2,4 1,2,4,3 1,2,4,3 1,4,3,0 1,3,0,2 1,0,2,4 1,2,4,3

striped seed=414852 partitions=1 rf=4
  brokers 1@r4 2@r3 3 4@r9 5@d 6! 7! 8@r11! 9@r3
  expect 9,8,1,4

striped seed=744800 partitions=4 rf=5
  brokers 0! 1 2 3 4! 5 6 7
  expect 3,5,6,7,1 5,6,7,1,2 6,7,1,2,3 7,1,2,3,5

admin seed=755674 partitions=1 rf=5 fixedStartIndex=-1 startPartitionId=14
  brokers 28@a 235@a 100@a 167@b 192@b
  expect 100,167,192,235,28

admin seed=556902 partitions=7 rf=2 fixedStartIndex=-1 startPartitionId=18
  brokers 1@a 2@a 3@c 4@c
  expect 2,4 4,1 1,4 3,1 2,3 4,2 1,4

admin seed=429608 partitions=1 rf=2 fixedStartIndex=-1 startPartitionId=32
  brokers 1@c 0@c 2@c
  expect 2,0

admin seed=593125 partitions=1 rf=2 fixedStartIndex=-1 startPartitionId=19
  brokers 8@us-east-1a 1@rack2 2@b 0@ 4@us-east-1a 5@us-east-1c 3@a 6@us-east-1b 7@
  expect 8,3

admin seed=675634 partitions=8 rf=2 fixedStartIndex=-1 startPartitionId=33
  brokers 0 1 2
  expect 2,1 0,2 1,0 2,0 0,1 1,2 2,1 0,2

admin seed=269353 partitions=2 rf=6 fixedStartIndex=-1 startPartitionId=10
  brokers 0 1 2 3 4 5 6
  expect 3,6,0,1,2,4 4,0,1,2,3,5

admin seed=763293 partitions=8 rf=3 fixedStartIndex=-1 startPartitionId=-1
  brokers 232 20 43 30 153
  expect 43,30,153 30,153,232 153,232,20 232,20,43 20,43,30 43,153,232 30,232,20 153,20,43

admin seed=609927 partitions=8 rf=4 fixedStartIndex=6 startPartitionId=-1
  brokers 147@r3 285@c 224@a 247@r12 127@us-east-1c 42@r14 119@r13 161@rack3 39@r2
  expect 147,42,39,161 161,39,147,127 127,147,161,224 224,161,127,285 285,127,224,247 247,224,285,119 119,285,247,42 42,247,119,39

admin seed=598216 partitions=2 rf=3 fixedStartIndex=3 startPartitionId=25
  brokers 93@c 274@a 275@b
  expect 275,274,93 93,275,274

admin seed=357024 partitions=6 rf=4 fixedStartIndex=0 startPartitionId=24
  brokers 5@b 4@a 3@b 1@c 7@a 2@a 6@c
  expect 4,5,6,7 5,6,7,2 6,7,3,1 7,3,1,4 2,5,6,7 3,6,7,2

striped seed=68130 partitions=0 rf=2
  brokers 163!
  expect !InvalidReplicationFactorException: All brokers are currently fenced.

striped seed=777334 partitions=0 rf=2
  brokers 0
  expect !InvalidReplicationFactorException: The target replication factor of 2 cannot be reached because only 1 broker(s) are registered.

admin seed=678124 partitions=6 rf=4 fixedStartIndex=1 startPartitionId=-1
  brokers 151 67@r0 117@r0 268
  expect !AdminOperationException: Not all brokers have rack information for replica rack aware assignment.

admin seed=86787 partitions=-1 rf=1 fixedStartIndex=2 startPartitionId=-1
  brokers 277@c
  expect !InvalidPartitionsException: Number of partitions must be larger than 0.
`;

interface OracleCase {
  head: string;
  params: Record<string, number>;
  striped: boolean;
  brokers: PlacementBroker[];
  expected: number[][] | string;
}

function parseBroker(token: string): PlacementBroker {
  const m = /^(\d+)(?:@([^!]*))?(!?)$/.exec(token);
  if (!m) throw new Error(`bad broker token ${token}`);
  const broker: PlacementBroker = { id: Number(m[1]) };
  if (m[2] !== undefined) broker.rack = m[2];
  if (m[3] === '!') broker.fenced = true;
  return broker;
}

function parseCases(text: string): OracleCase[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const [head = '', brokerLine = '', expectLine = ''] = block.split('\n').map((l) => l.trim());
      const [kind, ...pairs] = head.split(' ');
      const params = Object.fromEntries(pairs.map((p) => [p.split('=')[0]!, Number(p.split('=')[1])]));
      const expectText = expectLine.replace(/^expect ?/, '');
      return {
        head,
        params,
        striped: kind === 'striped',
        brokers: brokerLine
          .replace(/^brokers /, '')
          .split(' ')
          .map(parseBroker),
        expected: expectText.startsWith('!')
          ? expectText.slice(1)
          : expectText.split(' ').map((r) => r.split(',').map(Number)),
      };
    });
}

function run(c: OracleCase): number[][] | string {
  const { seed = 0, partitions = 0, rf = 0, fixedStartIndex, startPartitionId } = c.params;
  const random = new MockRandom(seed);
  try {
    return c.striped
      ? assignReplicas({ brokers: c.brokers, partitions, replicationFactor: rf, random })
      : assignReplicasToBrokers({
          brokers: c.brokers,
          partitions,
          replicationFactor: rf,
          fixedStartIndex,
          startPartitionId,
          random,
        });
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

describe('replica placement against Kafka on the JVM', () => {
  const cases = parseCases(CASES);

  it('has the recorded cases', () => {
    expect(cases.length).toBe(33);
  });

  it.each(cases.map((c) => [c.head, c] as const))('%s', (_head, c) => {
    expect(run(c)).toEqual(c.expected);
  });
});
