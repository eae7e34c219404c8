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
    <name>fewshot::widgets::DatasetOptionsPanel</name>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="32"/>
        <source>Center crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="33"/>
        <source>Pad with background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="34"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="37"/>
        <source>Area (sharp, no aliasing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="38"/>
        <source>Bilinear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="41"/>
        <source>Transparent pixels and padding get this colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="43"/>
        <source>The training resolution: the preview and the too-small warnings use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="44"/>
        <source>Resize:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="45"/>
        <source>Resampling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="46"/>
        <source>Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="47"/>
        <source>Training size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="53"/>
        <source>Background for transparent pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_options_panel.cpp" line="65"/>
        <source>%1 x %1 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetPreviewView</name>
    <message>
        <location filename="../widgets/dataset_preview_view.cpp" line="57"/>
        <source>Select a thumbnail to preview how it is prepared for training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_preview_view.cpp" line="64"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_preview_view.cpp" line="65"/>
        <source>For training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_preview_view.cpp" line="71"/>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_preview_view.cpp" line="77"/>
        <source>Original %1 x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_preview_view.cpp" line="78"/>
        <source>For training %1 x %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetReportModel</name>
    <message>
        <location filename="../widgets/dataset_report_model.cpp" line="26"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_model.cpp" line="26"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_model.cpp" line="37"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_model.cpp" line="38"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_model.cpp" line="39"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetReportView</name>
    <message>
        <location filename="../widgets/dataset_report_view.cpp" line="63"/>
        <source>Open a folder of images, or one image for single-image models, to see the import report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_view.cpp" line="71"/>
        <source>Checking the images (files: %1)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_view.cpp" line="80"/>
        <source>The import check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_view.cpp" line="86"/>
        <source>Files scanned: %1 · Usable images: %2 · Skipped: %3 · Warnings: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_view.cpp" line="91"/>
        <source>(from the import cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_view.cpp" line="96"/>
        <source>Every file can be used as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_report_view.cpp" line="102"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fewshot::widgets::DatasetTab</name>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="88"/>
        <source>Folder of images, or one image; or drop one here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="89"/>
        <source>Open Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="90"/>
        <source>Open Image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="91"/>
        <source>One image, for single-image models such as ConSinGAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="92"/>
        <source>Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="97"/>
        <source>Drop a folder of images (or one image) onto this tab, or open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="122"/>
        <source>Import options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="126"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="138"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="166"/>
        <source>Open a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="170"/>
        <source>Open one image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="171"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="203"/>
        <source>Enter or drop a folder of images, or one image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="216"/>
        <source>One image: %1. Single-image models (ConSinGAN) learn from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="217"/>
        <source>%1 (image files: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dataset_tab.cpp" line="320"/>
        <source>Select a thumbnail to preview how it is prepared for training.</source>
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
    <name>fewshot::widgets::NearestImagesPanel</name>
    <message>
        <location filename="../widgets/nearest_images_panel.cpp" line="15"/>
        <source>Samples beside their nearest training image appear here when live metrics run (left: generated, right: nearest real image in feature space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/nearest_images_panel.cpp" line="18"/>
        <source>Distances are in the metric&apos;s feature space. A distance near zero means the generator reproduces that training image: memorisation, not generalisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/nearest_images_panel.cpp" line="36"/>
        <source>Iteration %1 · left: sample, right: nearest training image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/nearest_images_panel.cpp" line="38"/>
        <source> · mean distance %1, smallest %2 (%3 features)</source>
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
        <location filename="../widgets/series_plot.cpp" line="38"/>
        <source>Wheel: zoom, drag: pan, double-click: follow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/series_plot.cpp" line="42"/>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/series_plot.cpp" line="50"/>
        <source>iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/series_plot.cpp" line="245"/>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/series_plot.cpp" line="250"/>
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
        <location filename="../widgets/train_tab.cpp" line="64"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="65"/>
        <source>Start a new run with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="66"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="67"/>
        <source>Pause after the current iteration (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="68"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="69"/>
        <source>Continue a paused run, or resume a stopped or reopened run from its last checkpoint (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="70"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="71"/>
        <source>Stop after the current iteration and save a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="74"/>
        <source>Checkpoint now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="75"/>
        <source>Save a checkpoint after the current iteration (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="81"/>
        <source>Not training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="94"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="94"/>
        <source>Losses appear here while training (raw and smoothed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="96"/>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="96"/>
        <source>Quality metrics (FD, KID, ...) appear here when a run computes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="98"/>
        <source>p, r_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="98"/>
        <source>ADA&apos;s p and r_t appear here when training with ADA augmentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="100"/>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="100"/>
        <source>Progressive phases and stages appear here (PGGAN, ConSinGAN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="109"/>
        <source>ADA p / r_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="110"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="111"/>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="113"/>
        <source>Nearest images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="114"/>
        <source>Augmentation preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="115"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="142"/>
        <source>Resumed %1 at iteration %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="143"/>
        <source>Started %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="155"/>
        <source>Iteration %1 of %2 · %3 it/s · ETA %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="171"/>
        <source>Checkpoint at iteration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="180"/>
        <source>Stopped at iteration %1; Resume continues from the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="182"/>
        <source>Finished: %1 iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="183"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="183"/>
        <source>Training completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="187"/>
        <source>Paused at iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="188"/>
        <source>Preparing the dataset and the models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="228"/>
        <source>%1 already holds a run; the new run goes to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="268"/>
        <source>Stop the current training before opening another run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="287"/>
        <source>Opened %1 at iteration %2 of %3; Resume continues it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="291"/>
        <source>Opened %1: %2 records, %3 sample grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="343"/>
        <source>FID and KID from the standard Inception network you supplied: comparable with published numbers computed the same way (same sample counts and reference set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="345"/>
        <source>%1: Fréchet distance and KID on EfficientNet-Lite0 features, because the standard Inception network is not installed. Useful to compare runs here; not FID, and not comparable with published FID numbers. Give the Inception file (--inception) for FID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="353"/>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="360"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="360"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="360"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_tab.cpp" line="368"/>
        <source>Training error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
