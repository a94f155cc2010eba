// Relative imports resolve ahead of time against the module's package;
// ones that climb out of it stay relative (ImportError when they run).
import Testing
@testable import MPYSemantics

@Suite struct ImportTests {
    func model(package: String) throws -> SemanticModel {
        var o = SemanticOptions()
        o.package = package
        return try Fixture.model("pass\n", options: o)
    }

    @Test func insidePackage() throws {
        let m = try model(package: "app.drivers")
        #expect(m.absoluteImport("uart", level: 1) == "app.drivers.uart")
        #expect(m.absoluteImport(nil, level: 1) == "app.drivers")
        #expect(m.absoluteImport("config", level: 2) == "app.config")
        #expect(m.absoluteImport(nil, level: 2) == "app")
        #expect(m.absoluteImport(nil, level: 3) == nil)
        #expect(m.absoluteImport("os.path", level: 0) == "os.path")
    }

    @Test func topLevelModuleHasNoPackage() throws {
        let m = try model(package: "")
        #expect(m.absoluteImport("x", level: 1) == nil)
        #expect(m.absoluteImport("x", level: 0) == "x")
    }
}
