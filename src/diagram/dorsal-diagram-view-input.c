/* dorsal-diagram-view-input.c: pointer, touch and keyboard for the drawing
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-diagram-view-private.h"

#include <math.h>

/* how far a press may move and still be a click, in pixels */
#define CLICK_SLOP 8.0
/* the shortest time between two hover highlights */
#define HOVER_INTERVAL_MS 40
/* pixels per millisecond above which the pointer is passing over, not looking */
#define PASSING_SPEED 1.5
/* how long a fast pointer must rest before it highlights */
#define REST_MS 60
/* zoom per wheel notch and per +/- key */
#define WHEEL_STEP 1.25

static gboolean
event_is_touch (GtkEventController *controller)
{
  GdkEvent *event = gtk_event_controller_get_current_event (controller);
  GdkDevice *device = gtk_event_controller_get_current_event_device (controller);

  if (event != NULL)
    switch ((int) gdk_event_get_event_type (event))
      {
      case GDK_TOUCH_BEGIN:
      case GDK_TOUCH_UPDATE:
      case GDK_TOUCH_END:
      case GDK_TOUCH_CANCEL:
        return TRUE;

      default:
        break;
      }

  return device != NULL && gdk_device_get_source (device) == GDK_SOURCE_TOUCHSCREEN;
}

static void
update_cursor (DorsalDiagramView *self)
{
  const char *name = NULL;

  if (self->dragged)
    name = "grabbing";
  else if (self->hover != NULL && self->pointer_inside)
    name = "pointer";
  else if (self->zoom > 1.0)
    name = "grab";

  /* a new cursor on every motion event would be a round trip to the
   * display server each time */
  if (g_strcmp0 (name, self->cursor) == 0)
    return;

  self->cursor = name;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), name);
}

static gboolean
apply_pending_hover (gpointer data)
{
  DorsalDiagramView *self = data;

  self->hover_id = 0;
  self->hover_time = g_get_monotonic_time ();
  _dorsal_diagram_view_set_hover (self, self->pending_hover);
  g_clear_pointer (&self->pending_hover, g_free);
  update_cursor (self);

  return G_SOURCE_REMOVE;
}

/* The hover highlight follows the pointer at most every HOVER_INTERVAL_MS,
 * and not at all while the pointer flies across the drawing faster than
 * PASSING_SPEED: then it waits until the pointer slows down or rests for
 * REST_MS (libshumate defers its work during fast motion in the same way).
 * Each highlight repaints the window, and a sweep over the drawing would
 * otherwise ask for a frame on every event. The last change always lands. */
static void
hover_at (DorsalDiagramView *self,
          double             x,
          double             y)
{
  const char *id;
  gint64 now, since;
  double speed;

  now = g_get_monotonic_time ();
  speed = hypot (x - self->pointer_x, y - self->pointer_y) /
          MAX (1.0, (now - self->motion_time) / 1000.0);
  self->motion_time = now;
  self->pointer_x = x;
  self->pointer_y = y;
  self->pointer_inside = TRUE;

  if (self->dragged || self->pinching)
    return;

  id = _dorsal_diagram_view_pick (self, x, y, FALSE);

  if (speed > PASSING_SPEED && g_strcmp0 (id, self->hover) != 0)
    {
      g_clear_handle_id (&self->hover_id, g_source_remove);
      g_free (self->pending_hover);
      self->pending_hover = g_strdup (id);
      self->hover_id = g_timeout_add (REST_MS, apply_pending_hover, self);
      return;
    }

  if (self->hover_id != 0)
    {
      g_free (self->pending_hover);
      self->pending_hover = g_strdup (id);
      return;
    }

  if (g_strcmp0 (id, self->hover) == 0)
    return;

  since = now - self->hover_time;
  if (since >= HOVER_INTERVAL_MS * 1000)
    {
      self->hover_time = now;
      _dorsal_diagram_view_set_hover (self, id);
      update_cursor (self);
      return;
    }

  self->pending_hover = g_strdup (id);
  self->hover_id = g_timeout_add (HOVER_INTERVAL_MS - since / 1000, apply_pending_hover, self);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           DorsalDiagramView        *self)
{
  if (event_is_touch (GTK_EVENT_CONTROLLER (controller)))
    return;

  hover_at (self, x, y);
}

static void
on_leave (GtkEventControllerMotion *controller,
          DorsalDiagramView        *self)
{
  g_clear_handle_id (&self->hover_id, g_source_remove);
  g_clear_pointer (&self->pending_hover, g_free);
  self->pointer_inside = FALSE;
  _dorsal_diagram_view_set_hover (self, NULL);
  update_cursor (self);
}

static void
on_click_pressed (GtkGestureClick   *gesture,
                  int                n_press,
                  double             x,
                  double             y,
                  DorsalDiagramView *self)
{
  if (n_press == 2)
    {
      dorsal_diagram_view_zoom_at (self, self->zoom * 2, x, y);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
}

static void
on_click_released (GtkGestureClick   *gesture,
                   int                n_press,
                   double             x,
                   double             y,
                   DorsalDiagramView *self)
{
  const char *id;
  GtkWidget *region;

  if (n_press != 1 || self->dragged || self->pinching)
    return;

  id = _dorsal_diagram_view_pick (self, x, y, event_is_touch (GTK_EVENT_CONTROLLER (gesture)));
  if (id == NULL)
    return;

  /* the keyboard carries on from what was clicked, without a focus ring */
  region = _dorsal_diagram_view_get_region (self, id);
  if (region != NULL)
    gtk_widget_grab_focus (region);

  _dorsal_diagram_view_activate (self, id);
}

static void
on_drag_begin (GtkGestureDrag    *gesture,
               double             x,
               double             y,
               DorsalDiagramView *self)
{
  self->drag_start_cx = self->cx;
  self->drag_start_cy = self->cy;
  self->dragged = FALSE;
}

static void
on_drag_update (GtkGestureDrag    *gesture,
                double             offset_x,
                double             offset_y,
                DorsalDiagramView *self)
{
  double s;

  if (self->pinching)
    return;

  if (!self->dragged)
    {
      if (hypot (offset_x, offset_y) < CLICK_SLOP)
        return;
      self->dragged = TRUE;
      _dorsal_diagram_view_set_hover (self, NULL);
      update_cursor (self);
    }

  s = _dorsal_diagram_view_get_scale (self);
  _dorsal_diagram_view_set_center (self, self->drag_start_cx - offset_x / s,
                                   self->drag_start_cy - offset_y / s);
}

static void
on_drag_end (GtkGestureDrag    *gesture,
             double             offset_x,
             double             offset_y,
             DorsalDiagramView *self)
{
  /* "released" of the click comes first; clear the flag after it */
  self->dragged = FALSE;
  update_cursor (self);
}

/* Pinch and two-finger pan at once: the document point that was between the
 * fingers at the start stays between them while they spread and move. The
 * gesture handlers below only read the fingers' centre and the scale; the
 * rest is here, where a test can reach it without a touchscreen. */
void
_dorsal_diagram_view_pinch_begin (DorsalDiagramView *self,
                                  double             x,
                                  double             y)
{
  self->pinching = TRUE;
  self->pinch_start_zoom = self->zoom;
  _dorsal_diagram_view_to_document (self, x, y, &self->pinch_anchor_x, &self->pinch_anchor_y);
  _dorsal_diagram_view_set_hover (self, NULL);
}

void
_dorsal_diagram_view_pinch_update (DorsalDiagramView *self,
                                   double             x,
                                   double             y,
                                   double             scale)
{
  double s, zoom;

  if (!self->pinching)
    return;

  zoom = CLAMP (self->pinch_start_zoom * scale,
                DORSAL_DIAGRAM_VIEW_MIN_ZOOM, DORSAL_DIAGRAM_VIEW_MAX_ZOOM);
  if (zoom != self->zoom)
    {
      self->zoom = zoom;
      g_object_notify (G_OBJECT (self), "zoom");
    }

  s = _dorsal_diagram_view_get_scale (self);
  _dorsal_diagram_view_set_center (self, self->pinch_anchor_x - (x - self->width / 2.0) / s,
                                   self->pinch_anchor_y - (y - self->height / 2.0) / s);
}

void
_dorsal_diagram_view_pinch_end (DorsalDiagramView *self)
{
  self->pinching = FALSE;
}

static void
on_zoom_begin (GtkGesture        *gesture,
               GdkEventSequence  *sequence,
               DorsalDiagramView *self)
{
  double x, y;

  if (gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    _dorsal_diagram_view_pinch_begin (self, x, y);
}

static void
on_zoom_scale_changed (GtkGestureZoom    *gesture,
                       double             scale,
                       DorsalDiagramView *self)
{
  double x, y;

  if (gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    _dorsal_diagram_view_pinch_update (self, x, y, scale);
}

static void
on_zoom_end (GtkGesture        *gesture,
             GdkEventSequence  *sequence,
             DorsalDiagramView *self)
{
  _dorsal_diagram_view_pinch_end (self);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           DorsalDiagramView        *self)
{
  GdkScrollUnit unit = gtk_event_controller_scroll_get_unit (controller);
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double x = self->pointer_inside ? self->pointer_x : self->width / 2.0;
  double y = self->pointer_inside ? self->pointer_y : self->height / 2.0;

  if (unit == GDK_SCROLL_UNIT_WHEEL || (state & GDK_CONTROL_MASK) != 0)
    {
      /* a wheel notch is ±1; a touchpad gives pixels */
      double factor = unit == GDK_SCROLL_UNIT_WHEEL ? pow (WHEEL_STEP, -dy) : pow (1.01, -dy);

      dorsal_diagram_view_zoom_at (self, self->zoom * factor, x, y);
      return GDK_EVENT_STOP;
    }

  if (self->zoom <= 1.0)
    return GDK_EVENT_PROPAGATE;

  /* two fingers on a touchpad pan */
  {
    double s = _dorsal_diagram_view_get_scale (self);

    _dorsal_diagram_view_set_center (self, self->cx + dx / s, self->cy + dy / s);
  }
  return GDK_EVENT_STOP;
}

static gboolean
region_center (DorsalDiagramView *self,
               GtkWidget         *region,
               double            *x,
               double            *y)
{
  RsvgRectangle box;
  DorsalDiagram *diagram = _dorsal_diagram_view_get_diagram (self);

  if (diagram == NULL ||
      !dorsal_diagram_get_box (diagram, dorsal_diagram_region_get_id (DORSAL_DIAGRAM_REGION (region)),
                               &box))
    return FALSE;

  *x = box.x + box.width / 2;
  *y = box.y + box.height / 2;
  return TRUE;
}

static GtkWidget *
entry_region (DorsalDiagramView *self,
              gboolean           from_end)
{
  GPtrArray *regions = self->region_list;
  GtkWidget *selected = _dorsal_diagram_view_get_region (self, self->selected);

  if (selected != NULL)
    return selected;
  if (regions->len == 0)
    return NULL;

  return g_ptr_array_index (regions, from_end ? regions->len - 1 : 0);
}

/**
 * _dorsal_diagram_view_move_focus:
 * @direction: an arrow direction, or Tab for the next in document order
 *
 * Arrows move to the nearest structure in that direction on the screen:
 * the one ahead with the least distance ahead plus twice the distance
 * aside, so Down from T7 finds T8 and not a rib beside it.
 *
 * Returns: %TRUE (focus stays in the drawing even at its edge)
 */
gboolean
_dorsal_diagram_view_move_focus (DorsalDiagramView *self,
                                 GtkDirectionType   direction)
{
  GPtrArray *regions = self->region_list;
  GtkWidget *current = self->focus_region;
  GtkWidget *best = NULL;
  double best_score = G_MAXDOUBLE;
  double x0, y0;

  if (regions->len == 0)
    return FALSE;

  if (current == NULL || !region_center (self, current, &x0, &y0))
    {
      GtkWidget *target = entry_region (self, direction == GTK_DIR_UP || direction == GTK_DIR_LEFT);

      return target != NULL && gtk_widget_grab_focus (target);
    }

  for (guint i = 0; i < regions->len; i++)
    {
      GtkWidget *region = g_ptr_array_index (regions, i);
      double x, y, ahead, aside, score;

      if (region == current || !region_center (self, region, &x, &y))
        continue;

      switch (direction)
        {
        case GTK_DIR_RIGHT:
          ahead = x - x0;
          aside = y - y0;
          break;

        case GTK_DIR_LEFT:
          ahead = x0 - x;
          aside = y - y0;
          break;

        case GTK_DIR_DOWN:
          ahead = y - y0;
          aside = x - x0;
          break;

        case GTK_DIR_UP:
          ahead = y0 - y;
          aside = x - x0;
          break;

        case GTK_DIR_TAB_FORWARD:
        case GTK_DIR_TAB_BACKWARD:
        default:
          return FALSE;
        }

      if (ahead <= 1e-6)
        continue;

      score = ahead + 2 * fabs (aside);
      if (score < best_score)
        {
          best_score = score;
          best = region;
        }
    }

  if (best == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    }

  gtk_widget_grab_focus (best);
  return TRUE;
}

/* Tab enters the drawing at the selected structure (or the first one) and
 * leaves it with the next Tab; inside, the arrow keys move. */
gboolean
_dorsal_diagram_view_focus (GtkWidget        *widget,
                            GtkDirectionType  direction)
{
  DorsalDiagramView *self = DORSAL_DIAGRAM_VIEW (widget);
  GtkWidget *target;

  if (gtk_widget_get_focus_child (widget) != NULL || gtk_widget_has_focus (widget))
    {
      if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD)
        return FALSE;
      return _dorsal_diagram_view_move_focus (self, direction);
    }

  target = entry_region (self, FALSE);
  if (target != NULL)
    return gtk_widget_grab_focus (target);

  return gtk_widget_grab_focus (widget);
}

static void
focus_index (DorsalDiagramView *self,
             int                index)
{
  GPtrArray *regions = self->region_list;

  if (regions->len == 0)
    return;

  index = CLAMP (index, 0, (int) regions->len - 1);
  gtk_widget_grab_focus (g_ptr_array_index (regions, index));
}

static int
focus_position (DorsalDiagramView *self)
{
  guint index;

  if (self->focus_region != NULL &&
      g_ptr_array_find (self->region_list, self->focus_region, &index))
    return (int) index;

  return -1;
}

static void
zoom_by_key (DorsalDiagramView *self,
             double             zoom)
{
  double x = self->width / 2.0, y = self->height / 2.0, cx, cy;

  /* zoom at what has focus, so it stays in sight */
  if (self->focus_region != NULL && region_center (self, self->focus_region, &cx, &cy))
    _dorsal_diagram_view_to_widget (self, cx, cy, &x, &y);

  dorsal_diagram_view_zoom_at (self, zoom, x, y);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DorsalDiagramView     *self)
{
  int position;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      return _dorsal_diagram_view_move_focus (self, GTK_DIR_LEFT);

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      return _dorsal_diagram_view_move_focus (self, GTK_DIR_RIGHT);

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return _dorsal_diagram_view_move_focus (self, GTK_DIR_UP);

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return _dorsal_diagram_view_move_focus (self, GTK_DIR_DOWN);

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      focus_index (self, 0);
      return GDK_EVENT_STOP;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      focus_index (self, G_MAXINT);
      return GDK_EVENT_STOP;

    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      position = focus_position (self);
      focus_index (self, position + 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      position = focus_position (self);
      focus_index (self, position < 0 ? 0 : position - 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      if (self->focus_region == NULL)
        return GDK_EVENT_PROPAGATE;
      _dorsal_diagram_view_activate (self,
                                     dorsal_diagram_region_get_id (DORSAL_DIAGRAM_REGION (self->focus_region)));
      return GDK_EVENT_STOP;

    case GDK_KEY_Escape:
      if (dorsal_diagram_view_get_selected (self) == NULL)
        return GDK_EVENT_PROPAGATE;
      dorsal_diagram_view_set_selected (self, NULL);
      return GDK_EVENT_STOP;

    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      zoom_by_key (self, self->zoom * 1.5);
      return GDK_EVENT_STOP;

    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      zoom_by_key (self, self->zoom / 1.5);
      return GDK_EVENT_STOP;

    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      dorsal_diagram_view_zoom_fit (self);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

void
_dorsal_diagram_view_init_input (DorsalDiagramView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_click_pressed), self);
  g_signal_connect (gesture, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (on_zoom_begin), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (on_zoom_scale_changed), self);
  g_signal_connect (gesture, "end", G_CALLBACK (on_zoom_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));
  self->zoom_gesture = gesture;

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
