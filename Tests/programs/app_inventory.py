# Inventory management: classes, dicts, exceptions, formatted report
class OutOfStock(Exception):
    pass
class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    def total(self):
        return self.price * self.qty
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, name, price, qty=1):
        if name in self.items:
            self.items[name].qty += qty
        else:
            self.items[name] = Item(name, price, qty)
    def remove(self, name, qty):
        item = self.items.get(name)
        if item is None or item.qty < qty:
            raise OutOfStock(name)
        item.qty -= qty
        if item.qty == 0:
            del self.items[name]
    def report(self):
        lines = []
        for name in sorted(self.items):
            it = self.items[name]
            lines.append("%-8s %3d x %6.2f = %8.2f" % (it.name, it.qty, it.price, it.total()))
        value = 0
        for it in self.items.values():
            value += it.total()
        lines.append("TOTAL %.2f" % value)
        return "\n".join(lines)
inv = Inventory()
inv.add("bolt", 0.25, 100)
inv.add("nut", 0.1, 250)
inv.add("gear", 12.5, 3)
inv.add("bolt", 0.25, 20)
print(inv.report())
for name, q in [("gear", 3), ("nut", 300), ("cog", 1), ("bolt", 20)]:
    try:
        inv.remove(name, q)
        print("removed", q, name)
    except OutOfStock as e:
        print("out of stock:", e)
print(inv.report())
