"""The sensors package: bytecode, native and viper modules side by side."""
package("sensors", files=["__init__.py", "calib.py"], opt=1)
module("sensors/filters.py", emit="native")
module("sensors/fast.py", emit="viper")
