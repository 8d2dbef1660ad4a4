/**
 * Preloaded into a process under --cpu-prof: Nest re-raises SIGTERM on itself once the app has
 * closed, which would end the process before V8 writes the profile. Exit normally instead.
 */
const kill = process.kill.bind(process);
process.kill = (pid: number, signal?: string | number) =>
  pid === process.pid ? process.exit(0) : kill(pid, signal);
