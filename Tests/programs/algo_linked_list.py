# A singly linked list class with iteration, reversal and len
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev
    def to_list(self):
        out = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out
    def __len__(self):
        return self.size
    def find(self, v):
        cur = self.head
        i = 0
        while cur:
            if cur.value == v:
                return i
            cur = cur.next
            i += 1
        return -1
ll = LinkedList()
for i in range(6):
    ll.push(i * i)
print(ll.to_list(), len(ll))
ll.reverse()
print(ll.to_list(), ll.find(9), ll.find(7))
empty = LinkedList()
empty.reverse()
print(empty.to_list(), len(empty), bool(empty))
