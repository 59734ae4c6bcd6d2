"""Printable PDF documents: paper questionnaires and training handouts (QtGui, no widgets)."""
