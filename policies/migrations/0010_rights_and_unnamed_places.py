"""Rights and where to complain, per region; places the platform does not name; a
"one source" confidence; the exclusion about minors marked as such."""

import django.core.validators
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('policies', '0009_result_page_content'),
    ]

    operations = [
        migrations.AddField(
            model_name='exclusion',
            name='covers_minors',
            field=models.BooleanField(default=False, help_text='Cited where the guide tells members under the threshold what applies.', verbose_name='is about members under the age threshold'),
        ),
        migrations.AddField(
            model_name='region',
            name='not_named',
            field=models.BooleanField(default=False, help_text='The platform does not say which of its groups these places are in.', verbose_name='the platform does not name these places'),
        ),
        migrations.AddField(
            model_name='region',
            name='start_note',
            field=models.CharField(blank=True, help_text='Shown right after the start date, e.g. what the date stands for.', max_length=300),
        ),
        migrations.AddField(
            model_name='region',
            name='start_note_de',
            field=models.CharField(blank=True, help_text='Shown right after the start date, e.g. what the date stands for.', max_length=300, null=True),
        ),
        migrations.AddField(
            model_name='region',
            name='start_note_en',
            field=models.CharField(blank=True, help_text='Shown right after the start date, e.g. what the date stands for.', max_length=300, null=True),
        ),
        migrations.AddField(
            model_name='region',
            name='start_note_es',
            field=models.CharField(blank=True, help_text='Shown right after the start date, e.g. what the date stands for.', max_length=300, null=True),
        ),
        migrations.AddField(
            model_name='region',
            name='start_note_fr',
            field=models.CharField(blank=True, help_text='Shown right after the start date, e.g. what the date stands for.', max_length=300, null=True),
        ),
        migrations.AddField(
            model_name='region',
            name='start_note_it',
            field=models.CharField(blank=True, help_text='Shown right after the start date, e.g. what the date stands for.', max_length=300, null=True),
        ),
        migrations.AddField(
            model_name='region',
            name='start_note_nl',
            field=models.CharField(blank=True, help_text='Shown right after the start date, e.g. what the date stands for.', max_length=300, null=True),
        ),
        migrations.AddField(
            model_name='region',
            name='start_note_pl',
            field=models.CharField(blank=True, help_text='Shown right after the start date, e.g. what the date stands for.', max_length=300, null=True),
        ),
        migrations.AddField(
            model_name='region',
            name='start_note_zh_hant',
            field=models.CharField(blank=True, help_text='Shown right after the start date, e.g. what the date stands for.', max_length=300, null=True),
        ),
        migrations.AlterField(
            model_name='datacategory',
            name='confidence',
            field=models.CharField(choices=[('confirmed', 'Confirmed'), ('reported', 'Reported'), ('single', 'One source'), ('unverified', 'Unverified')], default='confirmed', max_length=12),
        ),
        migrations.AlterField(
            model_name='exclusion',
            name='confidence',
            field=models.CharField(choices=[('confirmed', 'Confirmed'), ('reported', 'Reported'), ('single', 'One source'), ('unverified', 'Unverified')], default='confirmed', max_length=12),
        ),
        migrations.AlterField(
            model_name='fact',
            name='confidence',
            field=models.CharField(choices=[('confirmed', 'Confirmed'), ('reported', 'Reported'), ('single', 'One source'), ('unverified', 'Unverified')], default='confirmed', max_length=12),
        ),
        migrations.AlterField(
            model_name='frequentquestion',
            name='confidence',
            field=models.CharField(choices=[('confirmed', 'Confirmed'), ('reported', 'Reported'), ('single', 'One source'), ('unverified', 'Unverified')], default='confirmed', max_length=12),
        ),
        migrations.AlterField(
            model_name='instructions',
            name='confidence',
            field=models.CharField(choices=[('confirmed', 'Confirmed'), ('reported', 'Reported'), ('single', 'One source'), ('unverified', 'Unverified')], default='confirmed', max_length=12),
        ),
        migrations.AlterField(
            model_name='region',
            name='confidence',
            field=models.CharField(choices=[('confirmed', 'Confirmed'), ('reported', 'Reported'), ('single', 'One source'), ('unverified', 'Unverified')], default='confirmed', max_length=12),
        ),
        migrations.AlterField(
            model_name='region',
            name='training_start',
            field=models.DateField(blank=True, help_text="The day the platform began (or begins) training on these members' data. Empty only for places the platform does not name (tick the box below).", null=True),
        ),
        migrations.AlterField(
            model_name='relatedsetting',
            name='confidence',
            field=models.CharField(choices=[('confirmed', 'Confirmed'), ('reported', 'Reported'), ('single', 'One source'), ('unverified', 'Unverified')], default='confirmed', max_length=12),
        ),
        migrations.AlterField(
            model_name='source',
            name='confidence',
            field=models.CharField(choices=[('confirmed', 'Confirmed'), ('reported', 'Reported'), ('single', 'One source'), ('unverified', 'Unverified')], help_text="Confirmed: the platform's own text or an official body. Reported: a press report. Unverified: a third-party how-to.", max_length=12),
        ),
        migrations.AlterField(
            model_name='timelineevent',
            name='confidence',
            field=models.CharField(choices=[('confirmed', 'Confirmed'), ('reported', 'Reported'), ('single', 'One source'), ('unverified', 'Unverified')], default='confirmed', max_length=12),
        ),
        migrations.CreateModel(
            name='Right',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('confidence', models.CharField(choices=[('confirmed', 'Confirmed'), ('reported', 'Reported'), ('single', 'One source'), ('unverified', 'Unverified')], default='confirmed', max_length=12)),
                ('last_verified', models.DateField(blank=True, help_text='When an editor last checked this against its sources. Empty: never checked.', null=True)),
                ('kind', models.CharField(choices=[('object', 'A right to use with the platform (shown before its form)'), ('complain', 'Where to complain (shown after the form)')], default='object', max_length=10)),
                ('order', models.PositiveSmallIntegerField(default=0)),
                ('title', models.CharField(help_text="One plain line: 'You can object'.", max_length=200)),
                ('title_en', models.CharField(help_text="One plain line: 'You can object'.", max_length=200, null=True)),
                ('title_fr', models.CharField(help_text="One plain line: 'You can object'.", max_length=200, null=True)),
                ('title_de', models.CharField(help_text="One plain line: 'You can object'.", max_length=200, null=True)),
                ('title_es', models.CharField(help_text="One plain line: 'You can object'.", max_length=200, null=True)),
                ('title_it', models.CharField(help_text="One plain line: 'You can object'.", max_length=200, null=True)),
                ('title_nl', models.CharField(help_text="One plain line: 'You can object'.", max_length=200, null=True)),
                ('title_pl', models.CharField(help_text="One plain line: 'You can object'.", max_length=200, null=True)),
                ('title_zh_hant', models.CharField(help_text="One plain line: 'You can object'.", max_length=200, null=True)),
                ('text', models.TextField(help_text='What the right is and how to use it, in plain words.')),
                ('text_en', models.TextField(help_text='What the right is and how to use it, in plain words.', null=True)),
                ('text_fr', models.TextField(help_text='What the right is and how to use it, in plain words.', null=True)),
                ('text_de', models.TextField(help_text='What the right is and how to use it, in plain words.', null=True)),
                ('text_es', models.TextField(help_text='What the right is and how to use it, in plain words.', null=True)),
                ('text_it', models.TextField(help_text='What the right is and how to use it, in plain words.', null=True)),
                ('text_nl', models.TextField(help_text='What the right is and how to use it, in plain words.', null=True)),
                ('text_pl', models.TextField(help_text='What the right is and how to use it, in plain words.', null=True)),
                ('text_zh_hant', models.TextField(help_text='What the right is and how to use it, in plain words.', null=True)),
                ('link_label', models.CharField(blank=True, max_length=200)),
                ('link_label_en', models.CharField(blank=True, max_length=200, null=True)),
                ('link_label_fr', models.CharField(blank=True, max_length=200, null=True)),
                ('link_label_de', models.CharField(blank=True, max_length=200, null=True)),
                ('link_label_es', models.CharField(blank=True, max_length=200, null=True)),
                ('link_label_it', models.CharField(blank=True, max_length=200, null=True)),
                ('link_label_nl', models.CharField(blank=True, max_length=200, null=True)),
                ('link_label_pl', models.CharField(blank=True, max_length=200, null=True)),
                ('link_label_zh_hant', models.CharField(blank=True, max_length=200, null=True)),
                ('link_url', models.URLField(blank=True, max_length=500, validators=[django.core.validators.URLValidator(code='https_required', message='Enter a full https:// address (plain http:// is not accepted).', schemes=['https'])], verbose_name='link')),
                ('region', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='rights', to='policies.region')),
                ('sources', models.ManyToManyField(blank=True, related_name='rights', to='policies.source')),
            ],
            options={
                'verbose_name': 'right or remedy',
                'verbose_name_plural': 'rights and remedies',
                'ordering': ['region', 'order', 'pk'],
            },
        ),
    ]
