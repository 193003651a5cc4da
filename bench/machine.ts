import { cpus, totalmem, platform, release } from 'node:os';

/** One line naming the machine the figures come from: they mean little without it. */
export function describeMachine(): string {
  const list = cpus();
  const model = list[0]?.model.trim() ?? 'unknown CPU';
  const memory = (totalmem() / 2 ** 30).toFixed(1);
  return `${model}, ${list.length} cores, ${memory} GiB RAM, ${platform()} ${release()}, node ${process.version}`;
}
