import NoteAudit
print("noteaudit")
