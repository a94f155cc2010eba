// Runs a closure on a thread with a large stack. The front end and its
// walkers recurse once per nesting level of the program (bounded by
// Parser.maxDepth); unoptimized builds use kilobytes per level, more than a
// default 8 MB stack holds at the limit. Entry points (CLI, fuzzer, bench)
// run the compiler through this.
#if canImport(Glibc)
import Glibc
#endif

public enum LargeStack {
    /// Reserved address space, not memory: pages are touched only if used.
    public static let size = 512 << 20

    private final class Job: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }

    public static func run<T>(_ body: @escaping () -> T) -> T {
        let result = ResultBox<T>()
        let job = Job { result.value = body() }
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        pthread_attr_setstacksize(&attr, size)
        var thread = pthread_t()
        let unmanaged = Unmanaged.passRetained(job)
        let rc = pthread_create(
            &thread, &attr,
            { arg in
                let job = Unmanaged<Job>.fromOpaque(arg!).takeRetainedValue()
                job.body()
                return nil
            }, unmanaged.toOpaque())
        if rc != 0 {
            // No thread could be made: run here, on the current stack.
            unmanaged.release()
            return body()
        }
        pthread_join(thread, nil)
        return result.value!
    }
}
