# The firmware's frozen modules: a package whose modules mix bytecode,
# native and viper code (lib/manifest.py), and one native module.
include("lib/manifest.py")
module("units.py", base_path="extra", emit="native", opt_level="Os")
