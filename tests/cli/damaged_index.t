A damaged index is found, not read as other values. Every stored blob ends in
a checksum; one flipped byte (the regression: two thirds of them decoded
"fine", with mangled citation paths, and exit 0) makes `check --db` an error
naming the file, exit 2, and the next `concord index` reads that story again
even though its file has not changed.

  $ concord index fixtures/newsroom --db $T/index.db -q
  $ python3 -c "
  > import sqlite3, sys
  > db = sqlite3.connect(sys.argv[1])
  > rid, blob = db.execute('SELECT b.id, b.blob FROM blobs b JOIN documents d ON d.id = b.id ORDER BY d.doc_id LIMIT 1').fetchone()
  > b = bytearray(blob); b[len(b) // 2] ^= 1
  > db.execute('UPDATE blobs SET blob = ? WHERE id = ?', (bytes(b), rid)); db.commit()
  > " $T/index.db
  $ concord check --db $T/index.db -q -f json -o /dev/null 2>&1 | sed "s|$T|\$T|g"
  concord: error: $T/index.db: 1 indexed documents could not be read (damaged, or written by another version of concord); run concord index --db $T/index.db again to read their stories anew
  [2]
  $ concord index fixtures/newsroom --db $T/index.db 2>&1 | sed "s|$T|\$T|g; s|; [0-9.]* s$||"
  concord: indexed 6 documents in $T/index.db: 1 read and extracted, 0 unchanged (2 unchanged files not read), 0 vanished files removed; 8 claims extracted
  $ concord check --db $T/index.db -q -f json -o /dev/null
