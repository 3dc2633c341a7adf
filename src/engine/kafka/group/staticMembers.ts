// ClassicGroup.staticMembers (KIP-345): which member id holds each group.instance.id now, so a static member that
// comes back with a new member id takes the old one's place (ClassicGroup.replaceStaticMember).

export class StaticMembers {
  private readonly holders = new Map<string, string>();

  /** The member id that holds `groupInstanceId`; undefined when none (or a dynamic member, null). */
  holder(groupInstanceId: string | null): string | undefined {
    return groupInstanceId === null ? undefined : this.holders.get(groupInstanceId);
  }

  set(groupInstanceId: string | null, memberId: string): void {
    if (groupInstanceId !== null) this.holders.set(groupInstanceId, memberId);
  }

  /** The member left or was removed: its instance id is free (unless another member already took it). */
  forget(groupInstanceId: string | null, memberId: string): void {
    if (groupInstanceId !== null && this.holders.get(groupInstanceId) === memberId)
      this.holders.delete(groupInstanceId);
  }

  clear(): void {
    this.holders.clear();
  }
}

/** The same topics in any order (a member's subscription). */
export function sameTopics(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (const t of a) if (!b.includes(t)) return false;
  return true;
}
