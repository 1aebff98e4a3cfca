/* dorsal-summary.c: the one-page summary of a self-assessment, to print or save as PDF
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-summary.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>
#include <string.h>
#include <unistd.h>

#include "dorsal-resources.h"

/* Page geometry, in points (the units of the cairo_t). */
#define MARGIN          36.0
#define GAP             12.0
#define BANNER_PAD      10.0
#define GLYPH_SIZE      40.0
#define MAP_COLUMN      0.38   /* share of the text width that the body map takes */
#define MAP_HEIGHT      0.27   /* share of the page height that the body map takes */
#define FOOTER_SIZE     8.0

/* Sizes tried, largest first: the answer lists shrink first, down to a comfortable
 * 7 points; then the other text shrinks too; only then do the lists go smaller. */
static const double text_sizes[] = { 10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0 };
static const double answer_sizes[] = { 9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5 };
#define COMFORTABLE_SIZE 7.0

/* A light tint per level, most urgent first; the banner never relies on it. */
static const double tints[][3] = {
  { 0.98, 0.82, 0.82 },
  { 0.99, 0.88, 0.78 },
  { 0.99, 0.94, 0.77 },
  { 0.99, 0.97, 0.85 },
  { 0.86, 0.91, 0.97 },
  { 0.85, 0.95, 0.86 },
};

G_DEFINE_QUARK (dorsal-summary-error-quark, dorsal_summary_error)

typedef enum
{
  GLYPH_WARNING,  /* a triangle with "!": act now */
  GLYPH_CLOCK,    /* a clock: see someone, in a given time */
  GLYPH_CHECK,    /* a tick: look after it yourself */
} Glyph;

typedef struct
{
  char *text;
  gboolean heading;
} Item;

typedef struct
{
  DorsalTriage      *triage;
  DorsalOutcome     *outcome;
  const DorsalLevel *level;
  const char        *number;

  char              *date;
  char              *where;     /* labels of the chosen zones */
  GPtrArray         *about;     /* "Age: 67", ... */
  GPtrArray         *reasons;   /* plain explanations */
  GArray            *answers;   /* Item: group headings and question texts */

  RsvgHandle        *back;
  RsvgHandle        *front;     /* only when the front of the chest was chosen */
} Page;

typedef struct
{
  cairo_t      *cr;
  PangoContext *context;
  gboolean      draw;
  GHashTable   *heights;   /* "size bold width text" → height: the trial layouts repeat */
} Pen;

static void
item_clear (Item *item)
{
  g_free (item->text);
}

static void
page_clear (Page *page)
{
  g_clear_pointer (&page->outcome, dorsal_outcome_free);
  g_clear_pointer (&page->date, g_free);
  g_clear_pointer (&page->where, g_free);
  g_clear_pointer (&page->about, g_ptr_array_unref);
  g_clear_pointer (&page->reasons, g_ptr_array_unref);
  g_clear_pointer (&page->answers, g_array_unref);
  g_clear_object (&page->back);
  g_clear_object (&page->front);
}

/* Text */

static PangoLayout *
make_layout (Pen        *pen,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  PangoLayout *layout = pango_layout_new (pen->context);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  /* absolute: one point per unit of the cairo_t, whatever the context's resolution */
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
measure (Pen        *pen,
         const char *text,
         double      size,
         gboolean    bold,
         double      width)
{
  g_autofree char *key = g_strdup_printf ("%.3f %d %.3f %s", size, bold, width, text);
  double *height = g_hash_table_lookup (pen->heights, key);

  if (height == NULL)
    {
      g_autoptr(PangoLayout) layout = make_layout (pen, text, size, bold, width);

      height = g_new (double, 1);
      *height = layout_height (layout);
      g_hash_table_insert (pen->heights, g_steal_pointer (&key), height);
    }
  return *height;
}

/* Draws @text at @x, @y (when the pen draws) and returns its height. */
static double
text_block (Pen        *pen,
            double      x,
            double      y,
            double      width,
            const char *text,
            double      size,
            gboolean    bold)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (!pen->draw)
    return measure (pen, text, size, bold, width);

  layout = make_layout (pen, text, size, bold, width);
  cairo_move_to (pen->cr, x, y);
  pango_cairo_show_layout (pen->cr, layout);
  return layout_height (layout);
}

/* A bulleted paragraph with a hanging indent. */
static double
bullet_block (Pen        *pen,
              double      x,
              double      y,
              double      width,
              const char *text,
              double      size)
{
  double indent = size * 1.1;

  text_block (pen, x, y, indent, "•", size, FALSE);
  return text_block (pen, x + indent, y, width - indent, text, size, FALSE);
}

/* The glyph of the banner, drawn with lines so that it prints in black and white. */
static void
draw_glyph (cairo_t *cr,
            Glyph    glyph,
            double   x,
            double   y,
            double   size)
{
  double cx = x + size / 2;
  double cy = y + size / 2;
  double r = size / 2 - size * 0.06;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  switch (glyph)
    {
    case GLYPH_WARNING:
      cairo_move_to (cr, cx, y + size * 0.04);
      cairo_line_to (cr, x + size * 0.98, y + size * 0.92);
      cairo_line_to (cr, x + size * 0.02, y + size * 0.92);
      cairo_close_path (cr);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, size * 0.11);
      cairo_move_to (cr, cx, y + size * 0.34);
      cairo_line_to (cr, cx, y + size * 0.62);
      cairo_stroke (cr);
      cairo_arc (cr, cx, y + size * 0.78, size * 0.065, 0, 2 * G_PI);
      cairo_fill (cr);
      break;

    case GLYPH_CLOCK:
      cairo_set_line_width (cr, size * 0.09);
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      cairo_stroke (cr);
      cairo_move_to (cr, cx, cy - r * 0.65);
      cairo_line_to (cr, cx, cy);
      cairo_line_to (cr, cx + r * 0.5, cy + r * 0.3);
      cairo_stroke (cr);
      break;

    case GLYPH_CHECK:
    default:
      cairo_set_line_width (cr, size * 0.09);
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      cairo_stroke (cr);
      cairo_set_line_width (cr, size * 0.12);
      cairo_move_to (cr, cx - r * 0.5, cy + r * 0.02);
      cairo_line_to (cr, cx - r * 0.12, cy + r * 0.42);
      cairo_line_to (cr, cx + r * 0.55, cy - r * 0.4);
      cairo_stroke (cr);
      break;
    }
  cairo_restore (cr);
}

/* The body map */

/* Shows the zone layer with only the chosen zones, filled and outlined so that
 * they stand out in black and white. The file hides the layer in its own
 * <style>, which outranks a user stylesheet, hence !important. */
static char *
zones_stylesheet (const char * const *zones)
{
  GString *css = g_string_new ("#layer-zones { display: inline !important }\n"
                               ".zone { display: none !important }\n");

  for (guint i = 0; zones[i] != NULL; i++)
    g_string_append_printf (css, "%s#zone-%s", i > 0 ? ", " : "", zones[i]);
  g_string_append (css, " { display: inline !important;"
                        " fill: #303030 !important; fill-opacity: 0.45 !important;"
                        " stroke: #000000 !important; stroke-opacity: 1 !important;"
                        " stroke-width: 5 !important; stroke-dasharray: none !important }\n");
  return g_string_free (css, FALSE);
}

static RsvgHandle *
load_drawing (const char          *view,
              const char * const  *zones,
              GError             **error)
{
  g_autofree char *path = g_strdup_printf ("diagrams/%s.svg", view);
  g_autoptr(GFile) file = dorsal_resource_file (path);
  g_autoptr(GError) local_error = NULL;
  RsvgHandle *handle;

  handle = rsvg_handle_new_from_gfile_sync (file, RSVG_HANDLE_FLAGS_NONE, NULL, &local_error);
  if (handle == NULL)
    {
      g_set_error (error, DORSAL_SUMMARY_ERROR, DORSAL_SUMMARY_ERROR_DRAWING,
                   "cannot read the drawing %s.svg: %s", view, local_error->message);
      return NULL;
    }

  if (zones[0] != NULL)
    {
      g_autofree char *css = zones_stylesheet (zones);

      if (!rsvg_handle_set_stylesheet (handle, (const guint8 *) css, strlen (css), &local_error))
        {
          g_set_error (error, DORSAL_SUMMARY_ERROR, DORSAL_SUMMARY_ERROR_DRAWING,
                       "cannot mark the pain zones on %s.svg: %s", view, local_error->message);
          g_object_unref (handle);
          return NULL;
        }
    }
  return handle;
}

/* width / height of the drawing's viewBox */
static double
drawing_aspect (RsvgHandle *handle)
{
  gboolean has_width, has_height, has_viewbox;
  RsvgLength width, height;
  RsvgRectangle viewbox;

  rsvg_handle_get_intrinsic_dimensions (handle, &has_width, &width, &has_height, &height,
                                        &has_viewbox, &viewbox);
  if (!has_viewbox || viewbox.width <= 0 || viewbox.height <= 0)
    return 1.0;
  return viewbox.width / viewbox.height;
}

static void
draw_drawing (Pen        *pen,
              RsvgHandle *handle,
              double      x,
              double      y,
              double      width,
              double      height,
              const char *caption,
              double      size)
{
  g_autoptr(PangoLayout) layout = NULL;
  double caption_height;
  RsvgRectangle viewport;

  if (!pen->draw)
    return;

  layout = make_layout (pen, caption, size, FALSE, width);
  caption_height = layout_height (layout);
  viewport = (RsvgRectangle) { x, y, width, MAX (height - caption_height - 2, 1) };

  /* The silhouette reaches past the viewBox, and librsvg does not clip it. An error
   * leaves the cairo_t in an error state, which the caller reports. */
  cairo_save (pen->cr);
  cairo_rectangle (pen->cr, viewport.x, viewport.y, viewport.width, viewport.height);
  cairo_clip (pen->cr);
  rsvg_handle_render_document (handle, pen->cr, &viewport, NULL);
  cairo_restore (pen->cr);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  cairo_move_to (pen->cr, x, y + height - caption_height);
  pango_cairo_show_layout (pen->cr, layout);
}

/* What goes on the page */

static const char *
short_label (const DorsalQuestion *question)
{
  const char *id = dorsal_question_get_id (question);

  if (strcmp (id, "age") == 0)
    return _("Age");
  if (strcmp (id, "sex") == 0)
    return _("Sex");
  if (strcmp (id, "duration") == 0)
    return _("Pain for");
  return dorsal_question_get_text (question);
}

static void
add_item (GArray     *items,
          const char *text,
          gboolean    heading)
{
  Item item = { g_strdup (text), heading };

  g_array_append_val (items, item);
}

static void
add_group (GArray     *items,
           const char *title,
           GPtrArray  *texts)
{
  g_autofree char *heading = NULL;

  if (texts->len == 0)
    return;
  /* TRANSLATORS: a heading of the answer lists, e.g. "Yes (3)" */
  heading = g_strdup_printf (_("%s (%u)"), title, texts->len);
  add_item (items, heading, TRUE);
  for (guint i = 0; i < texts->len; i++)
    add_item (items, g_ptr_array_index (texts, i), FALSE);
}

static gboolean
page_init (Page           *page,
           DorsalTriage   *triage,
           DorsalAnswers  *answers,
           GDateTime      *when,
           const char     *number,
           GError        **error)
{
  g_autoptr(GPtrArray) yes = g_ptr_array_new ();
  g_autoptr(GPtrArray) unsure = g_ptr_array_new ();
  g_autoptr(GPtrArray) no = g_ptr_array_new ();
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autoptr(GPtrArray) zones = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) where = g_string_new (NULL);
  const DorsalQuestion *yesno = NULL;
  gboolean front = FALSE;
  g_autofree char *date = NULL;

  page->triage = triage;
  page->number = number != NULL && *number != '\0' ? number : NULL;
  page->outcome = dorsal_triage_evaluate (triage, answers);
  page->level = dorsal_outcome_get_level (page->outcome);
  page->about = g_ptr_array_new_with_free_func (g_free);
  page->reasons = g_ptr_array_new_with_free_func (g_free);
  page->answers = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (page->answers, (GDestroyNotify) item_clear);

  /* TRANSLATORS: the date and time on the printed summary; see g_date_time_format() */
  date = g_date_time_format (when, _("%-d %B %Y, %H:%M"));
  /* TRANSLATORS: %s is the date and time */
  page->date = g_strdup_printf (_("Made on %s"), date != NULL ? date : "");

  for (guint i = 0; i < dorsal_triage_get_n_questions (triage); i++)
    {
      const DorsalQuestion *question = dorsal_triage_get_question (triage, i);
      const char *value = dorsal_answers_get (answers, dorsal_question_get_id (question));

      switch (dorsal_question_get_kind (question))
        {
        case DORSAL_QUESTION_YESNO:
          yesno = question;
          if (g_strcmp0 (value, "yes") == 0)
            g_ptr_array_add (yes, (gpointer) dorsal_question_get_text (question));
          else if (g_strcmp0 (value, "not-sure") == 0)
            g_ptr_array_add (unsure, (gpointer) dorsal_question_get_text (question));
          else if (g_strcmp0 (value, "no") == 0)
            g_ptr_array_add (no, (gpointer) dorsal_question_get_text (question));
          else
            g_ptr_array_add (missing, (gpointer) dorsal_question_get_text (question));
          break;

        case DORSAL_QUESTION_NUMBER:
        case DORSAL_QUESTION_CHOICE:
          {
            const char *label = value != NULL ? dorsal_question_get_value_label (question, value)
                                              : NULL;

            if (value == NULL)
              label = _("not answered");
            else if (label == NULL)
              label = value;
            /* TRANSLATORS: "Age: 67", "Sex: Female" */
            g_ptr_array_add (page->about, g_strdup_printf (_("%s: %s"), short_label (question),
                                                           label));
          }
          break;

        case DORSAL_QUESTION_ZONES:
          {
            g_auto(GStrv) chosen = g_strsplit (value != NULL ? value : "", ";", -1);

            for (guint z = 0; chosen[z] != NULL; z++)
              {
                const char *label;

                g_strstrip (chosen[z]);
                /* only the question's own values: they also go into a stylesheet */
                label = dorsal_question_get_value_label (question, chosen[z]);
                if (*chosen[z] == '\0' || label == NULL
                    || g_ptr_array_find_with_equal_func (zones, chosen[z], g_str_equal, NULL))
                  continue;
                if (where->len > 0)
                  g_string_append (where, ", ");
                g_string_append (where, label);
                g_ptr_array_add (zones, g_strdup (chosen[z]));
                if (strcmp (chosen[z], "chest-front") == 0)
                  front = TRUE;
              }
          }
          break;

        default:
          break;
        }
    }
  g_ptr_array_add (zones, NULL);

  page->where = where->len > 0 ? g_strdup (where->str) : g_strdup (_("No place was chosen."));

  for (guint i = 0; i < dorsal_outcome_get_n_reasons (page->outcome); i++)
    {
      const DorsalQuestion *question = dorsal_outcome_get_reason_question (page->outcome, i);
      const DorsalRule *rule = dorsal_outcome_get_reason_rule (page->outcome, i);
      const char *text = question != NULL ? dorsal_question_get_explanation (question)
                                          : dorsal_rule_get_explanation (rule);

      if (dorsal_outcome_get_reason_uncertain (page->outcome, i))
        {
          const char *note = dorsal_triage_get_answer_note (triage, "not-sure");
          const DorsalLevel *yes_level = dorsal_question_get_yes_level (question);

          /* TRANSLATORS: a reason; "You answered “Not sure”."; "If you find that you do have
           * this, treat it as a yes."; and the advice a yes gives, such as "Call the emergency
           * number now" */
          g_ptr_array_add (page->reasons,
                           g_strdup_printf (_("%s You answered “%s”. %s A yes means: %s."), text,
                                            dorsal_question_get_value_label (question, "not-sure"),
                                            note != NULL ? note : "",
                                            dorsal_level_get_title (yes_level)));
        }
      else
        g_ptr_array_add (page->reasons, g_strdup (text));
    }
  if (page->reasons->len == 0)
    g_ptr_array_add (page->reasons, g_strdup (dorsal_level_get_why (page->level)));
  if (!dorsal_outcome_get_complete (page->outcome))
    g_ptr_array_add (page->reasons, g_strdup (_("Not every question was answered. "
                                                "The advice is based on the answers given.")));

  if (yesno != NULL)
    {
      add_group (page->answers, dorsal_question_get_value_label (yesno, "yes"), yes);
      add_group (page->answers, dorsal_question_get_value_label (yesno, "not-sure"), unsure);
      add_group (page->answers, dorsal_question_get_value_label (yesno, "no"), no);
      add_group (page->answers, _("Not answered"), missing);
    }

  page->back = load_drawing ("posterior", (const char * const *) zones->pdata, error);
  if (page->back == NULL)
    return FALSE;
  if (front)
    {
      page->front = load_drawing ("anterior", (const char * const *) zones->pdata, error);
      if (page->front == NULL)
        return FALSE;
    }
  return TRUE;
}

static Glyph
level_glyph (const Page *page)
{
  guint rank = dorsal_level_get_rank (page->level);

  if (dorsal_level_get_interrupts (page->level))
    return GLYPH_WARNING;
  if (rank + 1 >= dorsal_triage_get_n_levels (page->triage))
    return GLYPH_CHECK;
  return GLYPH_CLOCK;
}

/* Layout */

typedef struct
{
  double text;
  double answers;
} Sizes;

static double
draw_banner (Pen        *pen,
             const Page *page,
             double      x,
             double      y,
             double      width,
             double      size)
{
  gboolean urgent = dorsal_level_get_interrupts (page->level);
  double border = urgent ? 6.0 : 3.5;
  double inner = border + BANNER_PAD;
  double text_x = x + inner + GLYPH_SIZE + GAP;
  double text_width = width - (text_x - x) - inner;
  double title_size = 2.0 * size;
  double text_height;
  double height;
  guint rank = MIN (dorsal_level_get_rank (page->level), G_N_ELEMENTS (tints) - 1);
  g_autofree char *number = NULL;

  {
    /* a long title in another language gets smaller rather than taller */
    g_autoptr(PangoLayout) title = make_layout (pen, dorsal_level_get_title (page->level),
                                                title_size, TRUE, text_width);

    while (pango_layout_get_line_count (title) > 2 && title_size > size * 1.2)
      {
        g_object_unref (title);
        title_size -= 1;
        title = make_layout (pen, dorsal_level_get_title (page->level), title_size, TRUE,
                             text_width);
      }
    text_height = layout_height (title);
  }

  if (urgent && page->number != NULL)
    {
      /* TRANSLATORS: %s is the emergency phone number, such as 112 */
      number = g_strdup_printf (_("Emergency number: %s"), page->number);
      text_height += 4 + measure (pen, number, size * 1.5, TRUE, text_width);
    }

  height = MAX (GLYPH_SIZE, text_height) + 2 * inner;
  if (!pen->draw)
    return height;

  cairo_save (pen->cr);
  cairo_rectangle (pen->cr, x + border / 2, y + border / 2, width - border, height - border);
  cairo_set_source_rgb (pen->cr, tints[rank][0], tints[rank][1], tints[rank][2]);
  cairo_fill_preserve (pen->cr);
  cairo_set_source_rgb (pen->cr, 0, 0, 0);
  cairo_set_line_width (pen->cr, border);
  cairo_stroke (pen->cr);
  cairo_restore (pen->cr);

  draw_glyph (pen->cr, level_glyph (page), x + inner, y + (height - GLYPH_SIZE) / 2, GLYPH_SIZE);

  {
    double ty = y + (height - text_height) / 2;

    ty += text_block (pen, text_x, ty, text_width, dorsal_level_get_title (page->level),
                      title_size, TRUE);
    if (number != NULL)
      text_block (pen, text_x, ty + 4, text_width, number, size * 1.5, TRUE);
  }
  return height;
}

static double
section (Pen        *pen,
         double      x,
         double      y,
         double      width,
         const char *heading,
         double      size)
{
  return text_block (pen, x, y, width, heading, size * 1.15, TRUE) + 2;
}

/* The column beside the body map: what to do, why, and about the person. */
static double
draw_advice (Pen        *pen,
             const Page *page,
             double      x,
             double      y,
             double      width,
             double      size)
{
  double top = y;

  y += section (pen, x, y, width, _("What to do now"), size);
  y += text_block (pen, x, y, width, dorsal_level_get_action (page->level), size, FALSE) + 6;

  y += section (pen, x, y, width, _("If things get worse"), size);
  y += text_block (pen, x, y, width, dorsal_level_get_if_worse (page->level), size, FALSE);
  if (page->number != NULL)
    {
      g_autofree char *number = g_strdup_printf (_("Emergency number: %s"), page->number);

      y += 2 + text_block (pen, x, y + 2, width, number, size, TRUE);
    }
  y += 6;

  y += section (pen, x, y, width, _("Why"), size);
  for (guint i = 0; i < page->reasons->len; i++)
    y += bullet_block (pen, x, y, width, g_ptr_array_index (page->reasons, i), size) + 2;
  y += 4;

  y += section (pen, x, y, width, _("About you"), size);
  for (guint i = 0; i < page->about->len; i++)
    y += text_block (pen, x, y, width, g_ptr_array_index (page->about, i), size, FALSE);

  return y - top;
}

static double
draw_map (Pen               *pen,
          const Page        *page,
          double             x,
          double             y,
          double             width,
          double             map_height,
          double             size,
          cairo_rectangle_t *box)
{
  double top = y;
  double slot = page->front != NULL ? width / 2 - 3 : width - 4;
  double caption = measure (pen, _("Back"), size * 0.85, FALSE, slot);
  double needed = slot / drawing_aspect (page->back);

  /* no taller than the drawings need at this width */
  if (page->front != NULL)
    needed = MAX (needed, slot / drawing_aspect (page->front));
  map_height = MIN (map_height, needed + caption + 8);

  y += section (pen, x, y, width, _("Where it hurts"), size);

  *box = (cairo_rectangle_t) { x, y, width, map_height };
  if (pen->draw)
    {
      cairo_save (pen->cr);
      cairo_set_source_rgb (pen->cr, 0.55, 0.55, 0.55);
      cairo_set_line_width (pen->cr, 0.75);
      cairo_rectangle (pen->cr, x, y, width, map_height);
      cairo_stroke (pen->cr);
      cairo_restore (pen->cr);
    }

  if (page->front != NULL)
    {
      draw_drawing (pen, page->back, x + 2, y + 2, width / 2 - 3, map_height - 4,
                    _("Back"), size * 0.85);
      draw_drawing (pen, page->front, x + width / 2 + 1, y + 2, width / 2 - 3, map_height - 4,
                    _("Front"), size * 0.85);
    }
  else
    draw_drawing (pen, page->back, x + 2, y + 2, width - 4, map_height - 4, _("Back"),
                  size * 0.85);
  y += map_height + 3;

  y += text_block (pen, x, y, width, page->where, size * 0.9, FALSE);
  return y - top;
}

/* The answer lists, in two columns; a heading stays with its first question.
 * Returns FALSE if they do not all fit above @bottom. */
static gboolean
draw_answers (Pen        *pen,
              const Page *page,
              double      x,
              double      top,
              double      width,
              double      bottom,
              double      size)
{
  double column_width = (width - GAP) / 2;
  double y = top;
  guint column = 0;

  for (guint i = 0; i < page->answers->len; i++)
    {
      const Item *item = &g_array_index (page->answers, Item, i);
      double indent = size * 1.1;
      double height;
      double needed;

      if (item->heading)
        {
          height = measure (pen, item->text, size * 1.1, TRUE, column_width) + 1;
          needed = height;
          if (i + 1 < page->answers->len)
            needed += measure (pen, g_array_index (page->answers, Item, i + 1).text, size, FALSE,
                               column_width - indent);
        }
      else
        {
          height = measure (pen, item->text, size, FALSE, column_width - indent) + 1.5;
          needed = height;
        }

      if (y > top && item->heading)
        y += size * 0.5;
      if (y + needed > bottom)
        {
          if (column == 1)
            return FALSE;
          column = 1;
          y = top;
        }

      if (item->heading)
        text_block (pen, x + column * (column_width + GAP), y, column_width, item->text,
                    size * 1.1, TRUE);
      else
        bullet_block (pen, x + column * (column_width + GAP), y, column_width, item->text, size);
      y += height;
    }
  return TRUE;
}

/* Lays out (and, when the pen draws, draws) the whole page. Returns whether it fits. */
static gboolean
compose (Pen                 *pen,
         const Page          *page,
         double               width,
         double               height,
         const Sizes         *sizes,
         DorsalSummaryLayout *layout)
{
  double x = MARGIN;
  double content_width = width - 2 * MARGIN;
  double map_width = content_width * MAP_COLUMN;
  double advice_width = content_width - map_width - GAP;
  double y = MARGIN;
  double footer_top;
  double advice_height;
  double map_height;
  gboolean fits;
  g_autofree char *footer = NULL;

  /* TRANSLATORS: the app's name and version, then "This is not a diagnosis." */
  footer = g_strdup_printf (_("Dorsal %s · %s"), PACKAGE_VERSION,
                            dorsal_triage_get_notice (page->triage));
  footer_top = height - MARGIN - measure (pen, footer, FOOTER_SIZE, FALSE, content_width);

  y += text_block (pen, x, y, content_width, _("Upper back pain: self-assessment summary"),
                   sizes->text * 1.6, TRUE);
  y += text_block (pen, x, y, content_width,
                   _("Take this page to your doctor or physiotherapist."), sizes->text, FALSE);
  y += text_block (pen, x, y, content_width, page->date, sizes->text, FALSE) + 8;

  layout->banner = (cairo_rectangle_t) { x, y, content_width, 0 };
  layout->banner.height = draw_banner (pen, page, x, y, content_width, sizes->text);
  y += layout->banner.height + GAP;

  advice_height = draw_advice (pen, page, x, y, advice_width, sizes->text);
  map_height = draw_map (pen, page, x + advice_width + GAP, y, map_width, height * MAP_HEIGHT,
                         sizes->text, &layout->body_map);
  y += MAX (advice_height, map_height) + GAP;

  y += text_block (pen, x, y, content_width, _("Your answers"), sizes->text * 1.15, TRUE) + 3;

  layout->text_font_size = sizes->text;
  layout->answers_font_size = sizes->answers;
  fits = draw_answers (pen, page, x, y, content_width, footer_top - 10, sizes->answers);

  /* last, so that text extraction reads the page top to bottom */
  if (pen->draw)
    {
      cairo_save (pen->cr);
      cairo_set_line_width (pen->cr, 0.75);
      cairo_move_to (pen->cr, x, footer_top - 4);
      cairo_line_to (pen->cr, x + content_width, footer_top - 4);
      cairo_stroke (pen->cr);
      cairo_restore (pen->cr);
    }
  text_block (pen, x, footer_top, content_width, footer, FOOTER_SIZE, FALSE);
  return fits;
}

static gboolean
fits_with (Pen                 *pen,
           const Page          *page,
           double               width,
           double               height,
           double               text,
           double               answers,
           DorsalSummaryLayout *layout)
{
  Sizes trial = { text, MIN (answers, text) };

  return compose (pen, page, width, height, &trial, layout);
}

/**
 * dorsal_summary_render_full:
 * @cr: where to draw; its user units are points (for a #GtkPrintOperation, set
 *   its unit to points)
 * @width: the page width, in points
 * @height: the page height, in points
 * @triage: the engine the answers were given to
 * @answers: the answers (may be incomplete, for example after an emergency stop)
 * @when: (nullable): the date and time to print; %NULL for now
 * @emergency_number: (nullable): the number to show, from dorsal_emergency_number()
 * @layout: (out) (optional): where things went
 * @error: where to put an error
 *
 * Draws one page: the date, the outcome as a banner that reads in black and
 * white, what to do now, the reasons, the answers grouped as yes, not sure and
 * no, age, sex and duration, the body map with the chosen pain zones marked,
 * and at the foot the app's version and the "not a diagnosis" notice. It asks
 * for and prints no name or other personal details. When everything does not
 * fit, the answer lists (then the other text) get smaller: it never needs a
 * second page.
 *
 * Uses no global state: it can run from a print operation's draw-page handler.
 *
 * Returns: %TRUE, or %FALSE with @error set if a drawing could not be read or
 *   cairo failed
 */
gboolean
dorsal_summary_render_full (cairo_t              *cr,
                            double                width,
                            double                height,
                            DorsalTriage         *triage,
                            DorsalAnswers        *answers,
                            GDateTime            *when,
                            const char           *emergency_number,
                            DorsalSummaryLayout  *layout,
                            GError              **error)
{
  g_autoptr(GDateTime) now = NULL;
  PangoContext *context;
  cairo_font_options_t *options;
  DorsalSummaryLayout local_layout = { { 0, 0, 0, 0 }, { 0, 0, 0, 0 }, 0, 0, FALSE };
  Page page = { NULL, };
  Pen pen;
  Sizes sizes = { text_sizes[G_N_ELEMENTS (text_sizes) - 1],
                  answer_sizes[G_N_ELEMENTS (answer_sizes) - 1] };
  gboolean fits = FALSE;
  cairo_status_t status;

  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);
  g_return_val_if_fail (DORSAL_IS_TRIAGE (triage), FALSE);
  g_return_val_if_fail (answers != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (layout == NULL)
    layout = &local_layout;

  if (when == NULL)
    when = now = g_date_time_new_now_local ();

  if (!page_init (&page, triage, answers, when, emergency_number, error))
    {
      page_clear (&page);
      return FALSE;
    }

  /* Unhinted metrics, so the page breaks lines the same way on screen, paper and PDF. */
  context = pango_cairo_create_context (cr);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  pen = (Pen) { cr, context, FALSE, g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          g_free) };
  for (guint phase = 0; phase < 2 && !fits; phase++)
    for (guint t = 0; t < G_N_ELEMENTS (text_sizes) && !fits; t++)
      {
        /* the answer sizes of this phase: comfortable ones first, then the rest */
        guint first = 0, last = G_N_ELEMENTS (answer_sizes);

        while (first < last && (answer_sizes[first] >= COMFORTABLE_SIZE) != (phase == 0))
          first++;
        while (last > first && (answer_sizes[last - 1] >= COMFORTABLE_SIZE) != (phase == 0))
          last--;
        if (first == last)
          continue;
        /* most pages fit at once */
        if (fits_with (&pen, &page, width, height, text_sizes[t], answer_sizes[first], layout))
          last = first + 1;
        else if (!fits_with (&pen, &page, width, height, text_sizes[t], answer_sizes[last - 1],
                             layout))
          continue;

        /* the smallest fits, and a smaller size never needs more room: find the largest */
        while (first < last - 1)
          {
            guint middle = (first + last - 1) / 2;

            if (fits_with (&pen, &page, width, height, text_sizes[t], answer_sizes[middle],
                           layout))
              last = middle + 1;
            else
              first = middle + 1;
          }
        sizes = (Sizes) { text_sizes[t], MIN (answer_sizes[first], text_sizes[t]) };
        fits = TRUE;
      }

  cairo_save (cr);
  /* a page too small for even the smallest text is cut, never spilled */
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  pen.draw = TRUE;
  compose (&pen, &page, width, height, &sizes, layout);
  cairo_restore (cr);
  layout->fits = fits;

  page_clear (&page);
  g_hash_table_unref (pen.heights);
  g_object_unref (context);

  status = cairo_status (cr);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, DORSAL_SUMMARY_ERROR, DORSAL_SUMMARY_ERROR_CAIRO,
                   "cannot draw the summary: %s", cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/**
 * dorsal_summary_render:
 *
 * dorsal_summary_render_full() without the layout.
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
dorsal_summary_render (cairo_t        *cr,
                       double          width,
                       double          height,
                       DorsalTriage   *triage,
                       DorsalAnswers  *answers,
                       GDateTime      *when,
                       const char     *emergency_number,
                       GError        **error)
{
  return dorsal_summary_render_full (cr, width, height, triage, answers, when, emergency_number,
                                     NULL, error);
}

/**
 * dorsal_summary_get_paper_size:
 * @width: (out): the page width, in points
 * @height: (out): the page height, in points
 *
 * The paper of the user's locale, from the territory of the first of
 * `LC_ALL`, `LC_PAPER` and `LANG` that is set and not empty: US Letter in the
 * territories that use it (US, CA, MX, PH, CL, CO, VE, PR), A4 everywhere else.
 */
void
dorsal_summary_get_paper_size (double *width,
                               double *height)
{
  static const char * const letter[] = { "US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", NULL };
  const char * const names[] = { "LC_ALL", "LC_PAPER", "LANG" };
  g_autofree char *territory = NULL;

  g_return_if_fail (width != NULL && height != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names) && territory == NULL; i++)
    {
      const char *value = g_getenv (names[i]);
      const char *start;

      if (value == NULL || *value == '\0')
        continue;
      start = strchr (value, '_');
      if (start == NULL)
        territory = g_strdup ("");
      else
        territory = g_strndup (start + 1, strcspn (start + 1, ".@"));
    }

  if (territory != NULL && g_strv_contains (letter, territory))
    {
      *width = 612.0;
      *height = 792.0;
    }
  else
    {
      *width = 595.276;
      *height = 841.89;
    }
}

/* Writing the PDF */

typedef struct
{
  int fd;
  int error;  /* errno of the first failed write */
} Sink;

static cairo_status_t
sink_write (void                *data,
            const unsigned char *bytes,
            unsigned int         length)
{
  Sink *sink = data;

  while (length > 0 && sink->error == 0)
    {
      ssize_t n = write (sink->fd, bytes, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          sink->error = n < 0 ? errno : EIO;
          break;
        }
      bytes += n;
      length -= (unsigned int) n;
    }
  return sink->error == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/**
 * dorsal_summary_write_pdf:
 * @path: the PDF file to write
 * @triage: the engine the answers were given to
 * @answers: the answers
 * @when: (nullable): the date and time to print; %NULL for now
 * @emergency_number: (nullable): the number to show
 * @error: where to put an error (#DORSAL_SUMMARY_ERROR_WRITE when the file cannot be written)
 *
 * Writes the summary as a one-page PDF on the locale's paper (see
 * dorsal_summary_get_paper_size()). The page goes to a new file in the same
 * folder first and replaces @path only once it is complete, so a failure never
 * leaves a partial file, nor changes an existing one.
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
dorsal_summary_write_pdf (const char     *path,
                          DorsalTriage   *triage,
                          DorsalAnswers  *answers,
                          GDateTime      *when,
                          const char     *emergency_number,
                          GError        **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) local_error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  Sink sink = { -1, 0 };
  double width, height;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (DORSAL_IS_TRIAGE (triage), FALSE);
  g_return_val_if_fail (answers != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (*path == '\0' || g_str_has_suffix (path, G_DIR_SEPARATOR_S))
    {
      g_set_error (error, DORSAL_SUMMARY_ERROR, DORSAL_SUMMARY_ERROR_WRITE,
                   "“%s” is not a file name", path);
      return FALSE;
    }
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DORSAL_SUMMARY_ERROR, DORSAL_SUMMARY_ERROR_WRITE,
                   "“%s” is a folder, not a file", path);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  /* 0666 less the umask, like any other file the user saves */
  sink.fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);
  if (sink.fd < 0)
    {
      int saved = errno;

      g_set_error (error, DORSAL_SUMMARY_ERROR, DORSAL_SUMMARY_ERROR_WRITE,
                   "cannot create a file in the folder “%s”: %s", dir, g_strerror (saved));
      return FALSE;
    }

  dorsal_summary_get_paper_size (&width, &height);
  surface = cairo_pdf_surface_create_for_stream (sink_write, &sink, width, height);
  title = g_strdup (_("Upper back pain: self-assessment summary"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Dorsal " PACKAGE_VERSION);

  cr = cairo_create (surface);
  ok = dorsal_summary_render (cr, width, height, triage, answers, when, emergency_number,
                              &local_error);
  if (ok)
    cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (ok && (status != CAIRO_STATUS_SUCCESS || sink.error != 0))
    {
      g_set_error (&local_error, DORSAL_SUMMARY_ERROR, DORSAL_SUMMARY_ERROR_WRITE,
                   "cannot write “%s”: %s", path,
                   sink.error != 0 ? g_strerror (sink.error) : cairo_status_to_string (status));
      ok = FALSE;
    }
  if (ok && g_fsync (sink.fd) != 0)
    {
      int saved = errno;

      g_set_error (&local_error, DORSAL_SUMMARY_ERROR, DORSAL_SUMMARY_ERROR_WRITE,
                   "cannot write “%s”: %s", path, g_strerror (saved));
      ok = FALSE;
    }
  if (!g_close (sink.fd, ok ? &local_error : NULL))
    ok = FALSE;
  if (ok && g_rename (temp, path) != 0)
    {
      int saved = errno;

      g_set_error (&local_error, DORSAL_SUMMARY_ERROR, DORSAL_SUMMARY_ERROR_WRITE,
                   "cannot write “%s”: %s", path, g_strerror (saved));
      ok = FALSE;
    }

  if (!ok)
    {
      g_unlink (temp);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
