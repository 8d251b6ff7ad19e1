// Runs a program and writes its exit status, wall time and peak memory to a file:
//
//     ChildMeter REPORT PROGRAM [ARGUMENT...]
//
// Linux keeps a process's peak memory across exec, and a child started by a large process (a
// test runner of a few hundred megabytes) starts with the runner's peak: so the tests start this
// small program, which starts the measured one, and `wait4`'s `ru_maxrss` is then the program's
// own (at least this program's few megabytes). Standard input, output and error are passed on.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a line to standard error.
func complain(_ text: String) {
  let line = Array((text + "\n").utf8)
  _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  complain("usage: ChildMeter REPORT PROGRAM [ARGUMENT...]")
  exit(2)
}
let argv = arguments.dropFirst(2).map { strdup($0) } + [nil]
var start = timespec()
clock_gettime(CLOCK_MONOTONIC, &start)
var pid: pid_t = 0
let spawned = posix_spawn(&pid, arguments[2], nil, nil, argv, environ)
guard spawned == 0 else {
  complain("ChildMeter: cannot start \(arguments[2]): \(String(cString: strerror(spawned)))")
  exit(2)
}
var status: Int32 = 0
var usage = rusage()
while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
var end = timespec()
clock_gettime(CLOCK_MONOTONIC, &end)
let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
// Decoded by hand: the wait-status macros are not imported into Swift.
let signal = status & 0x7F
let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
let report = "\(code) \(seconds) \(usage.ru_maxrss)\n"
guard let file = fopen(arguments[1], "w"), fputs(report, file) >= 0, fclose(file) == 0 else {
  complain("ChildMeter: cannot write \(arguments[1])")
  exit(2)
}
exit(code)
