# Ten small-int globals: dict entries only.
G0 = 0
G1 = 1
G2 = 2
G3 = 3
G4 = 4
G5 = 5
G6 = 6
G7 = 7
G8 = 8
G9 = 9
