// Reading /proc for the benchmarks: a process's memory and CPU time, and the machine's CPU time.
// Linux only; each reader returns undefined where /proc cannot tell.
import { readdirSync, readFileSync } from 'node:fs';

export type Memory = Record<'VmRSS' | 'RssAnon' | 'RssFile' | 'RssShmem', number>;

/** VmRSS and its parts (anonymous memory, mapped files, shared memory) in MiB, from /proc. */
export function memory(pid: number): Memory | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const get = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
    const out = { VmRSS: get('VmRSS'), RssAnon: get('RssAnon'), RssFile: get('RssFile'), RssShmem: get('RssShmem') };
    return Number.isNaN(out.VmRSS) ? undefined : out;
  } catch {
    return undefined;
  }
}

/** A process's resident memory in MiB. */
export function rssMiB(pid: number): number | undefined {
  return memory(pid)?.VmRSS;
}

/** utime + stime of a process (all its threads), in clock ticks. */
export function processTicks(pid: number | 'self'): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 (state)
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

/** The machine's clock ticks so far: all, busy (not idle or iowait), and the number of CPUs. */
export function machineTicks(): { total: number; busy: number; cpus: number } | undefined {
  try {
    const stat = readFileSync('/proc/stat', 'utf8');
    const v = (/^cpu\s+(.*)$/m.exec(stat)?.[1] ?? '').trim().split(/\s+/).slice(0, 8).map(Number);
    if (v.length < 5) return undefined;
    const total = v.reduce((a, b) => a + b, 0);
    return { total, busy: total - v[3]! - v[4]!, cpus: stat.match(/^cpu\d+ /gm)?.length ?? 1 };
  } catch {
    return undefined;
  }
}

/** CPU time of each thread of this process so far (utime + stime), in ms, by thread id. */
export function threadCpuMs(): Map<number, number> | undefined {
  try {
    const perTick = 10; // USER_HZ is 100 on Linux: one clock tick is 10 ms
    const out = new Map<number, number>();
    for (const tid of readdirSync('/proc/self/task')) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      } catch {
        continue; // the thread ended meanwhile
      }
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * perTick);
    }
    return out;
  } catch {
    return undefined;
  }
}
