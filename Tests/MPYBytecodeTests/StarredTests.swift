// Star arguments, starred displays and targets, and import * (format v3).
import Testing
@testable import MPYBytecode

@Suite struct StarredTests {
    @Test func starArgumentsBuildATuple() throws {
        #expect(
            try BC.listing("f(*a)\n").prefix(6) == [
                "LOAD_NAME 0 (f)", "BUILD_LIST 0", "LOAD_NAME 1 (a)", "LIST_EXTEND 1", "LIST_TO_TUPLE", "CALL_EX 0",
            ])
        #expect(
            try BC.listing("f(1, *a, 2)\n").prefix(8) == [
                "LOAD_NAME 0 (f)", "LOAD_SMALL_INT 1", "BUILD_LIST 1", "LOAD_NAME 1 (a)", "LIST_EXTEND 1",
                "LOAD_SMALL_INT 2", "LIST_APPEND 1", "LIST_TO_TUPLE",
            ])
        // Only ** arguments: a plain tuple.
        #expect(
            try BC.listing("f(1, **k)\n").prefix(6) == [
                "LOAD_NAME 0 (f)", "LOAD_SMALL_INT 1", "BUILD_TUPLE 1", "BUILD_MAP 0", "LOAD_NAME 1 (k)", "DICT_MERGE 1 1",
            ])
    }

    @Test func keywordRunsAndMappingsMerge() throws {
        #expect(
            try BC.listing("f(a=1, **k, b=2)\n").prefix(11) == [
                "LOAD_NAME 0 (f)", "BUILD_TUPLE 0", "LOAD_CONST 0 ('a')", "LOAD_SMALL_INT 1", "BUILD_MAP 1",
                "LOAD_NAME 1 (k)", "DICT_MERGE 1 1", "LOAD_CONST 1 ('b')", "LOAD_SMALL_INT 2", "BUILD_MAP 1",
                "DICT_MERGE 1 1",
            ])
        #expect(try BC.listing("f(a=1, **k, b=2)\n")[11] == "CALL_EX 1")
        #expect(try BC.code("f(*a, x=1, **k)\n").maxStack == 4)
    }

    @Test func methodCallsUseTheBoundMethod() throws {
        #expect(
            try BC.ops("o.m(*a)\n").prefix(7) == [
                "LOAD_NAME", "LOAD_ATTR", "BUILD_LIST", "LOAD_NAME", "LIST_EXTEND", "LIST_TO_TUPLE", "CALL_EX",
            ])
    }

    @Test func classBasesWithStar() throws {
        #expect(
            try BC.ops("class C(*b, **k):\n    pass\n").prefix(10) == [
                "LOAD_BUILD_CLASS", "MAKE_FUNCTION", "LOAD_CONST", "BUILD_LIST", "LOAD_NAME", "LIST_EXTEND",
                "LIST_TO_TUPLE", "BUILD_MAP", "LOAD_NAME", "DICT_MERGE",
            ])
    }

    @Test func starredDisplays() throws {
        #expect(
            try BC.listing("x = [*a, 1]\n").prefix(5) == [
                "BUILD_LIST 0", "LOAD_NAME 0 (a)", "LIST_EXTEND 1", "LOAD_SMALL_INT 1", "LIST_APPEND 1",
            ])
        #expect(try BC.ops("x = (1, *a)\n").prefix(5) == ["LOAD_SMALL_INT", "BUILD_LIST", "LOAD_NAME", "LIST_EXTEND", "LIST_TO_TUPLE"])
        // A set spreads with a loop of SET_ADD.
        #expect(
            try BC.listing("x = {1, *a}\n").prefix(8) == [
                "LOAD_SMALL_INT 1", "BUILD_SET 1", "LOAD_NAME 0 (a)", "GET_ITER", "FOR_ITER -> 15", "SET_ADD 2",
                "JUMP -> 7", "STORE_NAME 1 (x)",
            ])
        #expect(
            try BC.listing("x = {'a': 1, **d, 'b': 2}\n").prefix(9) == [
                "LOAD_CONST 0 ('a')", "LOAD_SMALL_INT 1", "BUILD_MAP 1", "LOAD_NAME 0 (d)", "DICT_MERGE 1 0",
                "LOAD_CONST 1 ('b')", "LOAD_SMALL_INT 2", "MAP_ADD 1", "STORE_NAME 1 (x)",
            ])
    }

    @Test func starredTargets() throws {
        #expect(
            try BC.listing("a, *b, c = x\n").prefix(5) == [
                "LOAD_NAME 0 (x)", "UNPACK_EX 1 1", "STORE_NAME 1 (a)", "STORE_NAME 2 (b)", "STORE_NAME 3 (c)",
            ])
        #expect(try BC.listing("*a, = x\n").prefix(3) == ["LOAD_NAME 0 (x)", "UNPACK_EX 0 0", "STORE_NAME 1 (a)"])
        #expect(
            try BC.listing("[a, (b, *c)] = x\n").prefix(6) == [
                "LOAD_NAME 0 (x)", "UNPACK_SEQUENCE 2", "STORE_NAME 1 (a)", "UNPACK_EX 1 0", "STORE_NAME 2 (b)",
                "STORE_NAME 3 (c)",
            ])
        #expect(try BC.code("a, *b, c, d = x\n").maxStack == 4)
    }

    @Test func importStar() throws {
        #expect(
            try BC.listing("from .m import *\n").prefix(4) == [
                "LOAD_CONST 0 (('*',))", "LOAD_SMALL_INT 1", "IMPORT_NAME 0 (m)", "IMPORT_STAR",
            ])
        #expect(BC.error("def f():\n    from m import *\n") == "import * only allowed at module level @ 2:19")
    }
}
