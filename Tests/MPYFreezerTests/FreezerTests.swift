import Testing
@testable import MPYFreezer
