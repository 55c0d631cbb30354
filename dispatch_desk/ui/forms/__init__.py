"""Python compiled from ../../../ui/*.ui by dispatch_desk.ui.build — do not edit."""
