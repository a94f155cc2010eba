# Ends with an uncaught AttributeError raised inside a method
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    def report(self):
        return self.owner + ": " + str(self.balance) + " " + self.currency
acct = Account("ann", 10)
print(acct.deposit(5))
print(acct.balance)
print(acct.report())
print("not reached")
