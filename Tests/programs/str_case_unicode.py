# Unicode case mapping beyond ASCII: Latin-1, Latin Extended-A/B, Greek (final sigma), Cyrillic, Armenian, fullwidth
words = ["h\u00e9llo w\u00f6rld", "STRASSE stra\u00dfe", "\u00ff\u0178", "\u0130stanbul \u0131s\u0131k", "\u0149 \u01f0",
         "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3", "\u03a3 \u0391\u03a3 \u0391\u03a3\u0391 \u03a3\u0391", "\u0390 \u03b0 \u03c2",
         "\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440", "\u0451\u0436 \u0401\u0416 \u0463\u0462", "\u0535\u0582 \u0587",
         "\u01c4\u01c5\u01c6 \u01c7x", "\u1e9e\u1e9b \u1ea0\u1ea1", "\uff21\uff42", "\u00b5\u00aa\u00ba", "\u0138\u00d7\u00f7", "x\u0301y"]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.swapcase(), w.capitalize(), w.islower(), w.isupper())
    print(len(w.upper()), len(w.lower()), w.upper().lower() == w.lower())
print("\u00e9".upper() == "\u00c9", "\u00c9" < "\u00e9", sorted("\u00e9\u00c9eE"))
print("Stra\u00dfe".upper().encode(), "\u03a3\u03a3.".lower().encode())
