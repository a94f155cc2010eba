# Module-level state mutated by several functions
state = "idle"
transitions = 0
history = []
TABLE = {("idle", "start"): "running", ("running", "pause"): "paused",
         ("paused", "start"): "running", ("running", "stop"): "idle", ("paused", "stop"): "idle"}
def fire(event):
    global state, transitions
    key = (state, event)
    if key in TABLE:
        history.append(state + "->" + TABLE[key])
        state = TABLE[key]
        transitions += 1
        return True
    return False
for ev in ["start", "pause", "pause", "start", "stop", "stop", "start"]:
    print(ev, fire(ev), state)
print(transitions, history)
def get_state():
    return state
print(get_state())
def shadow():
    state = "local only"
    return state
print(shadow(), state)
