# Sources' notes are for editors only; a topic for what a result says first; corrections
# made by data migrations wait in ContentCorrection until post-migrate records them in History.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('policies', '0007_load_translations'),
    ]

    operations = [
        migrations.RenameField(model_name='source', old_name='citation', new_name='editor_note'),
        migrations.AlterField(
            model_name='source',
            name='editor_note',
            field=models.TextField(blank=True, help_text='Not shown on the site: how to find it when there is no address, what it covers.', verbose_name='note for editors'),
        ),
        migrations.AlterField(
            model_name='fact',
            name='topic',
            field=models.CharField(choices=[('at-a-glance', 'Said first on a result (how long it takes, what it covers)'), ('practice', 'What the platform does'), ('opting-out', 'What opting out does and does not do'), ('objecting', 'When to use the objection form')], max_length=20),
        ),
        migrations.CreateModel(
            name='ContentCorrection',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('object_id', models.PositiveBigIntegerField()),
                ('comment', models.CharField(max_length=300)),
                ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='contenttypes.contenttype')),
            ],
        ),
    ]
