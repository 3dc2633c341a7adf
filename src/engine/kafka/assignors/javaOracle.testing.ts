// Results of the Java client's own assignors (kafka-clients at apache/kafka 1eb7644349cb, 4.0.0-SNAPSHOT) on the JVM.

/**
 * Each case ran through ConsumerPartitionAssignor.assign(Cluster, GroupSubscription) with the members put into the
 * leader's HashMap in the order listed; members with `owned` reported it from one generation (StickyAssignor
 * userData / Subscription.ownedPartitions). The marked cases come out differently unless java.util.HashMap and
 * HashSet iteration order are reproduced. Format: "topic:p,p;topic:p", "-" for none.
 */
export const JAVA_CASES = `
case sticky (HashMap member order decides)
topics t0=1
member C8 topics=t0 owned=-
member C5 topics= owned=t0:0
expect C8 -
expect C5 t0:0

case sticky (HashMap member order decides)
topics t0=7
member m5 topics=t0 owned=-
member m19 topics=t0 owned=t0:0,1,6
member m0 topics=t0 owned=t0:2,3,5
expect m5 t0:4,6
expect m19 t0:0,1
expect m0 t0:2,3,5

case sticky (HashMap member order decides)
topics t0=7
member C6 topics=t0 owned=t0:1,3,5
member C2 topics=t0 owned=-
member C3 topics=t0 owned=t0:0,2,4,6
expect C6 t0:1,3
expect C2 t0:5,6
expect C3 t0:0,2,4

case sticky (HashMap member order decides)
topics t0=5
member C7 topics=t0 owned=t0:1,4
member C9 topics=t0 owned=t0:2
member C0 topics=t0 owned=-
member C5 topics=t0 owned=t0:0,3
expect C7 t0:1
expect C9 t0:2
expect C0 t0:4
expect C5 t0:0,3

case sticky (HashMap member order decides)
topics t0=7
member m30 topics=t0 owned=t0:5
member m38 topics=t0 owned=t0:0,1,4
member m17 topics=t0 owned=t0:2,3,6
expect m30 t0:4,5
expect m38 t0:0,1
expect m17 t0:2,3,6

case sticky (HashMap member order decides)
topics t0=5
member m32 topics=t0 owned=t0:1,4
member m22 topics=t0 owned=t0:0,3
member m33 topics=t0 owned=-
member m8 topics=t0 owned=t0:2
expect m32 t0:1
expect m22 t0:0,3
expect m33 t0:4
expect m8 t0:2

case roundrobin
topics t0=1
member C5 topics=t0 owned=-
member C3 topics=t0 owned=-
member C7 topics=t0 owned=-
member C9 topics=t0 owned=-
member C2 topics=t0 owned=-
member C8 topics=t0 owned=-
member C1 topics=t0 owned=t0:0
member C4 topics=t0 owned=-
expect C5 -
expect C3 -
expect C7 -
expect C9 -
expect C2 -
expect C8 -
expect C1 t0:0
expect C4 -

case sticky
topics t0=10
member C2 topics=t0 owned=t0:2,7,8
member C9 topics=t0 owned=-
member C8 topics=t0 owned=t0:1,4
member C0 topics=t0 owned=t0:0,5,6
member C4 topics=t0 owned=t0:3,9
expect C2 t0:2,7
expect C9 t0:6,8
expect C8 t0:1,4
expect C0 t0:0,5
expect C4 t0:3,9

case roundrobin
topics t0=4
member m39 topics=t0 owned=-
member m33 topics=t0 owned=-
member m26 topics=t0 owned=t0:1
member m32 topics=t0 owned=t0:3
member m34 topics=t0 owned=-
member m4 topics=t0 owned=-
member m31 topics=t0 owned=t0:2
expect m39 -
expect m33 t0:3
expect m26 t0:0
expect m32 t0:2
expect m34 -
expect m4 -
expect m31 t0:1

case cooperative-sticky
topics t0=1 t1=3
member C0 topics=t0,t1 owned=t0:0
member C7 topics=t0,t1 owned=-
member C4 topics=t0,t1 owned=t1:2
member C8 topics=t0,t1 owned=-
member C2 topics=t0,t1 owned=t1:1
expect C0 t0:0
expect C7 t1:0
expect C4 t1:2
expect C8 -
expect C2 t1:1

case roundrobin
topics t0=5
member C4 topics=t0 owned=-
member C5 topics=t0 owned=t0:2
member C9 topics=t0 owned=-
member C6 topics=t0 owned=t0:3
member C3 topics=t0 owned=t0:1
member C7 topics=t0 owned=t0:4
member C0 topics=t0 owned=t0:0
expect C4 t0:2
expect C5 t0:3
expect C9 -
expect C6 t0:4
expect C3 t0:1
expect C7 -
expect C0 t0:0

case cooperative-sticky
topics t0=3 t1=4
member m8 topics=t1 owned=-
member m2 topics= owned=t0:1;t1:1
member m26 topics=t0,t1 owned=t0:2;t1:2,3
member m17 topics=t0,t1 owned=t0:0;t1:0
expect m8 -
expect m2 -
expect m26 t0:2;t1:2,3
expect m17 t0:0

case sticky
topics t0=1
member m5 topics=t0 owned=-
member m35 topics=t0 owned=t0:0
member m13 topics=t0 owned=-
member m1 topics=t0 owned=-
member m27 topics=t0 owned=-
member m7 topics=t0 owned=-
member m4 topics=t0 owned=-
member m28 topics=t0 owned=-
expect m5 -
expect m35 t0:0
expect m13 -
expect m1 -
expect m27 -
expect m7 -
expect m4 -
expect m28 -

case cooperative-sticky
topics t0=4
member consumer-3 topics=t0 owned=-
member consumer-6 topics=t0 owned=t0:2
member consumer-9 topics=t0 owned=t0:1,3
member consumer-2 topics=t0 owned=-
expect consumer-3 -
expect consumer-6 t0:2
expect consumer-9 t0:1
expect consumer-2 t0:0

case sticky
topics t0=8 t1=2
member m39 topics=t0,t1 owned=t0:0,4;t1:1
member m14 topics=t0,t1 owned=t0:3,7
member m22 topics=t0,t1 owned=t0:2
member m24 topics=t0,t1 owned=t0:1,5
expect m39 t0:0,4;t1:1
expect m14 t0:3,7;t1:0
expect m22 t0:2,6
expect m24 t0:1,5

case range
topics t0=7
member zeta topics=t0 owned=t0:6
member epsilon topics=t0 owned=t0:2
member theta topics=t0 owned=t0:5
member iota topics=t0 owned=t0:4
member gamma topics=t0 owned=t0:3
member alpha topics=t0 owned=t0:0
expect zeta t0:6
expect epsilon t0:2
expect theta t0:5
expect iota t0:4
expect gamma t0:3
expect alpha t0:0,1

case range
topics t0=9
member m15 topics=t0 owned=-
member m33 topics=t0 owned=t0:8
member m18 topics=t0 owned=t0:2,3
member m30 topics=t0 owned=t0:6,7
member m17 topics=t0 owned=t0:0,1
member m2 topics=t0 owned=t0:4,5
expect m15 t0:0,1
expect m33 t0:8
expect m18 t0:4,5
expect m30 t0:7
expect m17 t0:2,3
expect m2 t0:6

case range
topics t0=4
member m28 topics=t0 owned=-
member m16 topics=t0 owned=t0:1
member m13 topics=t0 owned=t0:0
member m2 topics=t0 owned=t0:2
member m38 topics=t0 owned=-
member m3 topics=t0 owned=-
member m21 topics=t0 owned=t0:3
member m7 topics=t0 owned=-
expect m28 -
expect m16 t0:1
expect m13 t0:0
expect m2 t0:2
expect m38 -
expect m3 -
expect m21 t0:3
expect m7 -

case cooperative-sticky (HashSet partition order decides)
topics t0=4 t1=10
member C4 topics=t0 owned=t0:0,2;t1:8
member C1 topics=t0,t1 owned=t0:1,3;t1:1,2,3,4,7,9
member C5 topics=t0,t1 owned=t1:0,6
expect C4 t0:0,2
expect C1 t1:2,3,4,7,9
expect C5 t1:0,5,6

case cooperative-sticky (HashSet partition order decides)
topics t0=10 t1=2
member eta topics=t0,t1 owned=t0:1,4,5
member kappa topics=t0,t1 owned=t0:2,3,6,7,8,9;t1:0,1
member gamma topics=t1 owned=t0:0
expect eta t0:1,4,5
expect kappa t0:3,6,7,8,9
expect gamma -

case sticky (HashSet partition order decides)
topics t0=2 t1=11 t2=6 t3=6
member alpha topics=t1 owned=t0:0;t1:0,3,5,6,10;t3:2
member beta topics=t1,t2,t3 owned=t1:1,7,8,9;t2:0,1,5;t3:1,3,4
member delta topics=t3 owned=t1:2,4;t2:2,3;t3:0,5
expect alpha t1:0,1,2,3,4,5,6,7,10
expect beta t1:8,9;t2:0,1,2,3,4,5
expect delta t3:0,1,2,3,4,5

case sticky (HashSet partition order decides)
topics t0=3 t1=10 t2=6
member zeta topics=t0,t2 owned=t1:2;t2:0,3
member eta topics=t0,t1,t2 owned=t1:1,5,8
member theta topics=t1 owned=t2:1,4
member alpha topics=t0,t2 owned=t1:4,9
member epsilon topics=t0,t1,t2 owned=t0:0,1,2;t1:3,6,7;t2:2,5
expect zeta t0:1;t2:0,3
expect eta t1:1,5,6,8,9
expect theta t1:0,2,3,4
expect alpha t0:0;t2:1,4
expect epsilon t0:2;t1:7;t2:2,5

case sticky (HashSet partition order decides)
topics t0=7 t1=12 t2=1 t3=11
member C3 topics=t2,t3 owned=t0:4;t1:3,5
member C7 topics=t2,t3 owned=t0:0;t1:2,10,11;t3:8
member C0 topics=t0,t1,t2,t3 owned=t0:1,2,5;t1:0,4,8;t3:1,2,5,6,7,9
member C5 topics=t1,t2 owned=t1:6,7,9;t2:0;t3:4,10
expect C3 t3:0,2,3,6,9,10
expect C7 t2:0;t3:1,4,5,7,8
expect C0 t0:0,1,2,3,4,5,6;t1:0,8
expect C5 t1:1,2,3,4,5,6,7,9,10,11

case cooperative-sticky (HashSet partition order decides)
topics t0=4 t1=11 t2=7 t3=5
member delta topics=t0,t3 owned=t1:1,8;t3:2
member eta topics=t0,t1,t2 owned=t0:0,3;t1:5,6,10;t2:1,2,5
member gamma topics=t0,t1,t2,t3 owned=t0:2;t1:4,7;t2:0,3,4;t3:1,4
member zeta topics=t2 owned=t0:1;t1:0,2,3,9;t2:6;t3:0
expect delta t3:2,3
expect eta t0:0;t1:5,6,10
expect gamma t1:4,7;t2:4;t3:4
expect zeta t2:6

case sticky (HashSet partition order decides)
topics t0=12 t1=1 t2=4 t3=7
member consumer-3 topics=t0,t2,t3 owned=t0:1,2,3,6,11;t2:0,1,2;t3:0,1,6
member consumer-5 topics=t0,t1,t2,t3 owned=t0:0,4,9;t1:0;t3:3
member consumer-2 topics=t0,t1,t2,t3 owned=t2:3;t3:4,5
member consumer-6 topics=t1,t2 owned=t0:8,10;t3:2
expect consumer-3 t0:3,6,11;t3:0,1,6
expect consumer-5 t0:0,1,4,9,10;t3:3
expect consumer-2 t0:2,5,7,8;t3:2,4,5
expect consumer-6 t1:0;t2:0,1,2,3
`;
