<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>fewshot::bridge::TrainingBridge</name>
    <message>
        <location filename="../bridge/training_bridge.cpp" line="100"/>
        <source>CUDA device %1 (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../bridge/training_bridge.cpp" line="102"/>
        <source>CPU, %1 cores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::AugmentPreviewPanel</name>
    <message>
        <location filename="../widgets/augment_preview_panel.cpp" line="19"/>
        <source>Use the run&apos;s current p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/augment_preview_panel.cpp" line="22"/>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/augment_preview_panel.cpp" line="29"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/augment_preview_panel.cpp" line="33"/>
        <source>Real images from the dataset, augmented the way the discriminator sees them, appear here. Choose a dataset or open a run, then press Regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/augment_preview_panel.cpp" line="52"/>
        <source>augmented at p = %1 (%2 augmentations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/augment_preview_panel.cpp" line="57"/>
        <source>Preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/augment_preview_panel.cpp" line="80"/>
        <source>Choose a dataset or open a run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/augment_preview_panel.cpp" line="83"/>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetTab</name>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="20"/>
        <source>The dataset view (thumbnails and the import report) is not built yet; use &apos;fewshot dataset check DIR&apos; meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/main_window.cpp" line="36"/>
        <source>FewShot Studio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="41"/>
        <location filename="../widgets/main_window.cpp" line="125"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="42"/>
        <location filename="../widgets/main_window.cpp" line="125"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="43"/>
        <location filename="../widgets/main_window.cpp" line="47"/>
        <location filename="../widgets/main_window.cpp" line="125"/>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="48"/>
        <location filename="../widgets/main_window.cpp" line="52"/>
        <location filename="../widgets/main_window.cpp" line="125"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="160"/>
        <location filename="../widgets/main_window.cpp" line="174"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="44"/>
        <source>The latent explorer will appear here: browse seeds, interpolate and mix styles of a trained generator. It is not built yet; meanwhile &apos;fewshot sample RUN_DIR&apos; writes samples from a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="49"/>
        <source>Exports will appear here: sample grids, the training timelapse as a GIF, videos and models. They are not built yet; the run folder already holds the sample grids (samples/) and checkpoints (checkpoints/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="90"/>
        <source>Double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="95"/>
        <source>Runs and datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="104"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="105"/>
        <source>&amp;Open folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="107"/>
        <source>Open a folder of images, an image, or a run folder (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="109"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="112"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="113"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="114"/>
        <source>&amp;Pause / Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="116"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="117"/>
        <source>&amp;Checkpoint now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="119"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="124"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="133"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="137"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="145"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="146"/>
        <source>&amp;About FewShot Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="148"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="156"/>
        <source>iteration –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="157"/>
        <source>– it/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="158"/>
        <source>ETA –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="163"/>
        <source>iteration %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="164"/>
        <source>%1 it/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="165"/>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="170"/>
        <source>Preparing training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="171"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="172"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="173"/>
        <source>Stopping: saving a checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="175"/>
        <source>Training failed; see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="187"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="194"/>
        <source>Cannot open the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="205"/>
        <source>Open a dataset folder or a run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="225"/>
        <source>Training is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="226"/>
        <source>Stop training and save a checkpoint before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="227"/>
        <source>Stop and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="283"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="283"/>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="299"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="299"/>
        <source>The language changes when FewShot Studio is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="303"/>
        <source>About FewShot Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="304"/>
        <source>&lt;b&gt;FewShot Studio %1&lt;/b&gt;&lt;p&gt;Train and explore GANs on tiny datasets.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SampleTimelapse</name>
    <message>
        <location filename="../widgets/sample_timelapse.cpp" line="13"/>
        <source>Sample grids from fixed seeds (EMA generator) appear here while training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sample_timelapse.cpp" line="21"/>
        <source>Scrub back through earlier sample grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sample_timelapse.cpp" line="70"/>
        <source>iteration %1 (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sample_timelapse.cpp" line="71"/>
        <source>iteration %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::SeriesPlot</name>
    <message>
        <location filename="../widgets/series_plot.cpp" line="37"/>
        <source>Wheel: zoom, drag: pan, double-click: follow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/series_plot.cpp" line="41"/>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/series_plot.cpp" line="49"/>
        <source>iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/series_plot.cpp" line="239"/>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/series_plot.cpp" line="244"/>
        <source>iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::TrainOptionsPanel</name>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="69"/>
        <source>%1 (not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="72"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="75"/>
        <source>Demo: 64 px, narrow, 1 000 iterations (minutes on a CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="76"/>
        <source>CPU 128 px: 10 000 iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="77"/>
        <source>Official: 256 px, paper widths (needs a GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="78"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="81"/>
        <source>folder of images, one image, or a .fspack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="82"/>
        <location filename="../widgets/train_options_panel.cpp" line="85"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="83"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="86"/>
        <location filename="../widgets/train_options_panel.cpp" line="128"/>
        <source>Run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="89"/>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="90"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="92"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="94"/>
        <source>Iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="97"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="98"/>
        <source>DiffAugment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="99"/>
        <source>ADA (adaptive p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="100"/>
        <source>ADA with fixed p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="101"/>
        <source>Augmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="103"/>
        <source>Fixed p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="106"/>
        <source>Advanced options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="124"/>
        <source>Dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="151"/>
        <source>Learning rate G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="153"/>
        <source>Learning rate D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="155"/>
        <source>Generator width (ngf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="157"/>
        <source>Discriminator width (ndf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="159"/>
        <source>EMA decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="161"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="163"/>
        <source>Samples every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="165"/>
        <source>Checkpoint every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="167"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="168"/>
        <source>CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="169"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="171"/>
        <source>all cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="172"/>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="176"/>
        <source>ADA augmentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="178"/>
        <source>ADA target r_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_options_panel.cpp" line="180"/>
        <source>ADA speed (kimg for p to move by 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::TrainTab</name>
    <message>
        <location filename="../widgets/train_tab.cpp" line="63"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="64"/>
        <source>Start a new run with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="65"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="66"/>
        <source>Pause after the current iteration (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="67"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="68"/>
        <source>Continue a paused run, or resume a stopped or reopened run from its last checkpoint (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="69"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="70"/>
        <source>Stop after the current iteration and save a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="73"/>
        <source>Checkpoint now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="74"/>
        <source>Save a checkpoint after the current iteration (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="80"/>
        <source>Not training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="93"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="93"/>
        <source>Losses appear here while training (raw and smoothed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="95"/>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="95"/>
        <source>Quality metrics (FD, KID, ...) appear here when a run computes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="97"/>
        <source>p, r_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="97"/>
        <source>ADA&apos;s p and r_t appear here when training with ADA augmentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="99"/>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="99"/>
        <source>Progressive phases and stages appear here (PGGAN, ConSinGAN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="108"/>
        <source>ADA p / r_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="109"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="110"/>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="111"/>
        <source>Augmentation preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="112"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="139"/>
        <source>Resumed %1 at iteration %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="140"/>
        <source>Started %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="152"/>
        <source>Iteration %1 of %2 · %3 it/s · ETA %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="162"/>
        <source>Checkpoint at iteration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="171"/>
        <source>Stopped at iteration %1; Resume continues from the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="173"/>
        <source>Finished: %1 iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="174"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="174"/>
        <source>Training completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="178"/>
        <source>Paused at iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="179"/>
        <source>Preparing the dataset and the models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="219"/>
        <source>%1 already holds a run; the new run goes to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="259"/>
        <source>Stop the current training before opening another run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="278"/>
        <source>Opened %1 at iteration %2 of %3; Resume continues it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="282"/>
        <source>Opened %1: %2 records, %3 sample grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="332"/>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="339"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="339"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="339"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="347"/>
        <source>Training error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
