import NoteAudit
print("bench")
